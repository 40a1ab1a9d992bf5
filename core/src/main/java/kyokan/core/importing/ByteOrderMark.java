package kyokan.core.importing;

/** The UTF-8 byte order mark Excel puts at the start of a "CSV UTF-8" file. */
final class ByteOrderMark {
  private ByteOrderMark() {}

  /** 3 if the bytes start with the UTF-8 byte order mark, else 0. */
  static int utf8Length(byte[] bytes, int length) {
    return length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
  }
}
