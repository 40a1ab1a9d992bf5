package kyokan.core.prediction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The CDNOW sample's 39-week summary shipped beside the tests (see the README in the resources). */
record CdnowSample(List<RepeatHistory> histories, List<SpendHistory> spending) {

  static CdnowSample load() {
    List<RepeatHistory> histories = new ArrayList<>();
    List<SpendHistory> spending = new ArrayList<>();
    try (InputStream in = CdnowSample.class.getResourceAsStream("cdnow_customers_summary_with_transactions.csv");
         BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
      String header = reader.readLine();
      if (!"ID,x,t_x,T,zbar".equals(header)) throw new IllegalStateException("unexpected header " + header);
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] f = line.split(",");
        int x = Integer.parseInt(f[1]);
        histories.add(new RepeatHistory(x, Double.parseDouble(f[2]), Double.parseDouble(f[3])));
        spending.add(new SpendHistory(x, Double.parseDouble(f[4])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new CdnowSample(histories, spending);
  }
}
