package kyokan.core.importing;

/**
 * The kinds of problem a row can have, each with a plain-Japanese reason shown when nothing more specific
 * is known. The web may translate by key: {@code import.problem.<NAME>}.
 */
public enum ProblemKind {
  REQUIRED_MISSING("必要な値が空です。"),
  DATE_MISSING("日付が空です。"),
  DATE_INVALID("日付として読めません（例: 2024-01-05、2024/1/5、2024年1月5日）。"),
  DATE_AMBIGUOUS("月と日のどちらが先か分かりません。取り込み設定で日付の並び順を選んでください。"),
  DATE_IN_FUTURE("日付が今日より後です。 / The date is after today."),
  TIME_INVALID("時刻として読めません（例: 10:30、10:30:00）。"),
  AMOUNT_MISSING("金額が空です。"),
  AMOUNT_INVALID("金額として読めません（例: 1234、1,234、¥1,234）。"),
  UNIT_PRICE_INVALID("単価として読めません（例: 1234、1,234、¥1,234）。"),
  QUANTITY_INVALID("数量として読めません。数量は整数で書いてください。"),
  NUMBER_INVALID("番号として読めません。整数で書いてください。"),
  TOO_LONG("長すぎます。"),
  EMAIL_INVALID("メールアドレスの形になっていません。"),
  CONSENT_INVALID("連絡してよいかどうかが読めません（例: 可／不可、はい／いいえ、1／0）。"),
  FIELD_COUNT("列の数がヘッダーと違います。 / The row has a different number of fields than the header."),
  UNREADABLE_CHARACTERS("文字コードに合わない文字（�）があります。 / Characters that do not fit the text encoding (�)."),
  QUOTE_UNBALANCED("引用符（\"）が閉じられず、次の行を飲み込んでいます。 / An unclosed quote (\") swallows the next lines.");

  private final String defaultReason;

  ProblemKind(String defaultReason) {
    this.defaultReason = defaultReason;
  }

  public String defaultReason() {
    return defaultReason;
  }

  /** The message-bundle key for this kind, for pages that show problems in other languages. */
  public String messageKey() {
    return "import.problem." + name();
  }
}
