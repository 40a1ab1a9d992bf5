package kyokan.core.importing;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** The text encodings a shop's CSV or TSV comes in, and how we tell them apart. */
public enum TextEncoding {
  UTF_8(StandardCharsets.UTF_8),
  /** Shift_JIS as Windows writes it (CP932): a superset with the NEC and IBM extensions such as ① and ㈱. */
  SHIFT_JIS(Charset.forName("windows-31j")),
  /** Excel's "Unicode text" export; only recognised by its byte order mark. */
  UTF_16(StandardCharsets.UTF_16);

  private final Charset charset;

  TextEncoding(Charset charset) {
    this.charset = charset;
  }

  public Charset charset() {
    return charset;
  }

  /**
   * Guesses the encoding from the first bytes of a file: a byte order mark decides; otherwise text that is
   * valid UTF-8 is UTF-8 and anything else is taken as Shift_JIS.
   */
  public static TextEncoding detect(byte[] sample, int length) {
    if (ByteOrderMark.utf8Length(sample, length) > 0) return UTF_8;
    if (length >= 2 && ((sample[0] == (byte) 0xFE && sample[1] == (byte) 0xFF)
        || (sample[0] == (byte) 0xFF && sample[1] == (byte) 0xFE))) return UTF_16;
    return isValidUtf8(sample, length) ? UTF_8 : SHIFT_JIS;
  }

  private static boolean isValidUtf8(byte[] sample, int length) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    // endOfInput=false: a character cut in two at the end of the sample is not an error.
    CoderResult result = decoder.decode(ByteBuffer.wrap(sample, 0, length), java.nio.CharBuffer.allocate(length + 1), false);
    return !result.isError();
  }
}
