package kyokan.core.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import kyokan.core.sales.SaleLineInput;
import org.junit.jupiter.api.Test;

/** The benchmark size: a million lines, a hundred thousand customers, streamed rather than held. */
class DemoShopScaleTest {
  private static final DemoShopSpec MILLION = DemoShopSpec.sakuraCoffee(LocalDate.of(2025, 5, 31))
      .withSize(100_000, 1_000_000);

  @Test
  void aMillionLinesStreamInWellUnderTenSecondsWithoutBeingKept() {
    AtomicReference<WeakReference<SaleLineInput>> firstLine = new AtomicReference<>();
    long[] counted = new long[2];
    long started = System.nanoTime();

    new DemoShopGenerator(MILLION).forEachLine(line -> {
      if (counted[0]++ == 0) {
        firstLine.set(new WeakReference<>(line));
      }
      counted[1] += line.amount();
    });
    long millis = (System.nanoTime() - started) / 1_000_000;

    assertTrue(millis < 8_000, "took " + millis + " ms"); // about 1–2 s on a laptop; the slack is for a busy CI machine
    assertEquals(1_000_000, counted[0], 50_000);
    assertTrue(counted[1] > 0);
    for (int attempt = 0; attempt < 10 && firstLine.get().get() != null; attempt++) {
      System.gc();
    }
    assertNull(firstLine.get().get(), "the generator let go of lines already handed out");
  }
}
