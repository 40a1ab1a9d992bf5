package kyokan.core.importing;

import static kyokan.core.importing.TargetField.*;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Header names shops use for each field, Japanese and English, best guess first. Compared after
 * {@link HeaderText#normalize}, so spacing, width, case and punctuation need not be listed.
 */
final class HeaderSynonyms {
  private static final Map<TargetField, List<String>> COMMON = new EnumMap<>(Map.ofEntries(
      Map.entry(DATE, List.of("購入日", "日付", "売上日", "会計日", "取引日", "注文日", "販売日", "伝票日付", "来店日",
          "購入日時", "売上日時", "会計日時", "取引日時", "注文日時", "InvoiceDate", "Date", "Order Date", "Sale Date",
          "Transaction Date", "Created at", "Purchase Date", "Datetime", "trans_date", "txn_date", "sales_date")),
      Map.entry(TIME, List.of("時刻", "時間", "会計時間", "会計時刻", "購入時刻", "売上時刻", "取引時刻", "Time",
          "Transaction Time")),
      Map.entry(ORDER_NO, List.of("伝票番号", "会計ID", "会計番号", "取引ID", "取引番号", "注文番号", "レシート番号",
          "伝票No", "受注番号", "Invoice", "InvoiceNo", "Invoice Number", "Order ID", "Order Number", "Order No",
          "Transaction ID", "Receipt Number", "Receipt No")),
      Map.entry(LINE_NO, List.of("明細番号", "行番号", "明細No", "明細行", "Line No", "Line Number", "Line")),
      Map.entry(CUSTOMER_CODE, List.of("顧客番号", "会員番号", "お客様番号", "顧客ID", "顧客コード", "会員ID",
          "会員コード", "顧客No", "会員No", "Customer ID", "CustomerID", "Customer No", "Customer Number",
          "Customer Code", "Member ID", "Member Number", "cust_id", "customer_no", "client_id")),
      Map.entry(CUSTOMER_NAME, List.of("顧客名", "氏名", "お名前", "会員名", "お客様名", "Customer Name",
          "Billing Name", "Full Name", "Member Name")),
      Map.entry(PRODUCT_CODE, List.of("商品コード", "StockCode", "商品ID", "商品番号", "品番", "JANコード", "JAN",
          "品目コード", "SKU", "Product Code", "Product ID", "Item Code", "Item ID", "Lineitem sku")),
      Map.entry(PRODUCT_NAME, List.of("商品名", "品名", "品目", "商品", "メニュー名", "Description", "Product",
          "Product Name", "Item", "Item Name", "Lineitem name")),
      Map.entry(QUANTITY, List.of("数量", "個数", "点数", "Quantity", "Qty", "Lineitem quantity", "Units")),
      Map.entry(UNIT_PRICE, List.of("単価", "販売単価", "商品単価", "売価", "Price", "Unit Price", "UnitPrice",
          "Lineitem price", "Item Price")),
      Map.entry(AMOUNT, List.of("金額", "合計", "小計", "税込金額", "売上金額", "合計金額", "税込合計", "販売金額",
          "会計金額", "売上", "Price×Quantity", "Amount", "Total", "Subtotal", "Line Total", "Net Sales",
          "Gross Sales", "Sales", "dollar_value", "value", "price_total", "total_price", "sales_amount", "revenue")),
      Map.entry(KANA, List.of("フリガナ", "ふりがな", "カナ", "氏名カナ", "氏名フリガナ", "顧客名カナ", "よみがな", "Kana",
          "Furigana")),
      Map.entry(PHONE, List.of("電話番号", "電話", "携帯電話", "携帯番号", "TEL", "Phone", "Phone Number", "Mobile")),
      Map.entry(EMAIL, List.of("メール", "メールアドレス", "Eメール", "Email", "E-mail", "Email Address", "Mail")),
      Map.entry(POSTAL_CODE, List.of("郵便番号", "〒", "Zip", "Zip Code", "Postal Code", "Postcode")),
      Map.entry(ADDRESS, List.of("住所", "所在地", "住所1", "Address")),
      Map.entry(BIRTHDAY, List.of("誕生日", "生年月日", "Birthday", "Birthdate", "Date of Birth", "DOB")),
      Map.entry(NOTES, List.of("備考", "メモ", "特記事項", "Notes", "Note", "Memo", "Remarks")),
      Map.entry(CONTACT_CONSENT, List.of("連絡可否", "案内可否", "DM可否", "DM送付", "メール配信", "連絡許可", "案内希望",
          "Accepts Marketing", "Contact Consent", "Opt In", "Newsletter"))));

  // In a customer or product list, a bare "コード" or "名前" can only mean that record's own code or name.
  private static final Map<ImportKind, Map<TargetField, List<String>>> BY_KIND = Map.of(
      ImportKind.CUSTOMERS, Map.of(
          CUSTOMER_CODE, List.of("コード", "ID", "No", "番号", "Code"),
          CUSTOMER_NAME, List.of("名前", "Name")),
      ImportKind.PRODUCTS, Map.of(
          PRODUCT_CODE, List.of("コード", "ID", "番号", "Code"),
          PRODUCT_NAME, List.of("名称", "名前", "Name"),
          UNIT_PRICE, List.of("価格", "販売価格", "税込価格", "定価", "金額")),
      ImportKind.SALES, Map.of());

  // Headers that begin so, whatever follows: "number_of_cds", "number of items" for a quantity.
  private static final Map<TargetField, List<String>> PREFIXES = Map.of(QUANTITY, List.of("number_of_", "num_of_"));
  /** Marks a synonym that matches any header beginning with it. */
  static final String PREFIX = "^";

  private HeaderSynonyms() {}

  /** The normalized names for a field in a file of this kind, best first; those starting with {@link #PREFIX} are prefixes. */
  static List<String> of(ImportKind kind, TargetField field) {
    List<String> names = new ArrayList<>();
    for (String s : COMMON.getOrDefault(field, List.of())) names.add(HeaderText.normalize(s));
    for (String s : BY_KIND.get(kind).getOrDefault(field, List.of())) names.add(HeaderText.normalize(s));
    for (String s : PREFIXES.getOrDefault(field, List.of())) names.add(PREFIX + HeaderText.normalize(s));
    return names;
  }
}
