package kyokan.core.step;

import java.io.IOException;
import java.io.InputStream;

/** A file sent with a form; read it once, as a stream (files can be hundreds of megabytes). */
public interface Upload {
  String fileName();

  long size();

  InputStream open() throws IOException;
}
