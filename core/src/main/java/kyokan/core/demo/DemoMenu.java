package kyokan.core.demo;

import java.util.List;
import java.util.SplittableRandom;
import kyokan.core.sales.ProductInput;

/** さくら珈琲店's menu: beans by the bag, drinks, seasonal sweets, gift sets and a few goods; prices in yen, tax included. */
final class DemoMenu {
  enum Category { BEANS, DRINK, SWEET, GIFT, GOODS }

  /** {@code months}: bit 0 = January; {@code popularity}: relative weight within the category. */
  record Item(String code, String name, long price, Category category, int months, double popularity) {
    boolean availableIn(int month) {
      return (months & (1 << month)) != 0;
    }

    boolean allYear() {
      return months == ALL_YEAR;
    }
  }

  static final int ALL_YEAR = 0xFFF;

  static final List<Item> ITEMS = List.of(
      new Item("P001", "さくらブレンド 200g", 1_400, Category.BEANS, ALL_YEAR, 10),
      new Item("P002", "深煎りブレンド 200g", 1_450, Category.BEANS, ALL_YEAR, 7),
      new Item("P003", "モーニングブレンド 200g", 1_350, Category.BEANS, ALL_YEAR, 5),
      new Item("P004", "カフェインレスブレンド 200g", 1_700, Category.BEANS, ALL_YEAR, 2),
      new Item("P005", "ホリデーブレンド 200g", 1_600, Category.BEANS, months(11, 12), 6),
      new Item("P006", "エチオピア イルガチェフェ 200g", 1_900, Category.BEANS, ALL_YEAR, 4),
      new Item("P007", "グアテマラ アンティグア 200g", 1_700, Category.BEANS, ALL_YEAR, 4),
      new Item("P008", "コロンビア ウィラ 200g", 1_650, Category.BEANS, ALL_YEAR, 4),
      new Item("P009", "ブラジル セラード 200g", 1_500, Category.BEANS, ALL_YEAR, 4),
      new Item("P010", "ケニア ニエリ 200g", 2_000, Category.BEANS, ALL_YEAR, 2),
      new Item("P011", "インドネシア マンデリン 200g", 1_800, Category.BEANS, ALL_YEAR, 3),
      new Item("P012", "パナマ ゲイシャ 100g", 3_800, Category.BEANS, ALL_YEAR, 1),
      new Item("P013", "本日のコーヒー", 480, Category.DRINK, ALL_YEAR, 10),
      new Item("P014", "カフェラテ", 580, Category.DRINK, ALL_YEAR, 8),
      new Item("P015", "カプチーノ", 580, Category.DRINK, ALL_YEAR, 4),
      new Item("P016", "ハンドドリップ（シングルオリジン）", 650, Category.DRINK, ALL_YEAR, 4),
      new Item("P017", "チャイラテ", 600, Category.DRINK, ALL_YEAR, 2),
      new Item("P018", "アイスコーヒー", 520, Category.DRINK, months(5, 6, 7, 8, 9), 8),
      new Item("P019", "水出しアイスコーヒー", 600, Category.DRINK, months(6, 7, 8, 9), 4),
      new Item("P020", "ホットチョコレート", 600, Category.DRINK, months(11, 12, 1, 2), 3),
      new Item("P021", "自家製チーズケーキ", 480, Category.SWEET, ALL_YEAR, 6),
      new Item("P022", "ガトーショコラ", 480, Category.SWEET, ALL_YEAR, 5),
      new Item("P023", "スコーン", 380, Category.SWEET, ALL_YEAR, 4),
      new Item("P024", "さくらのシフォンケーキ", 520, Category.SWEET, months(3, 4), 6),
      new Item("P025", "コーヒーゼリー", 450, Category.SWEET, months(6, 7, 8), 5),
      new Item("P026", "和栗のモンブラン", 580, Category.SWEET, months(10, 11), 6),
      new Item("P027", "シュトーレン", 2_400, Category.SWEET, months(11, 12), 3),
      new Item("P028", "ドリップバッグ 10個入", 1_800, Category.GIFT, ALL_YEAR, 6),
      new Item("P029", "ブレンド2種ギフト", 3_600, Category.GIFT, ALL_YEAR, 4),
      new Item("P030", "シングルオリジン3種ギフト", 5_400, Category.GIFT, ALL_YEAR, 2),
      new Item("P031", "ドリップバッグと焼き菓子のギフト", 3_200, Category.GIFT, ALL_YEAR, 3),
      new Item("P032", "ペーパーフィルター 100枚", 330, Category.GOODS, ALL_YEAR, 4),
      new Item("P033", "さくら珈琲店 マグカップ", 2_200, Category.GOODS, ALL_YEAR, 1),
      new Item("P034", "手挽きコーヒーミル", 5_500, Category.GOODS, ALL_YEAR, 0.3));

  static final List<ProductInput> PRODUCTS =
      ITEMS.stream().map(item -> new ProductInput(item.code(), item.name(), item.price())).toList();

  // [month][category] → item indexes and their cumulative popularity
  private static final int[][][] CHOICES = new int[12][Category.values().length][];
  private static final double[][][] WEIGHTS = new double[12][Category.values().length][];
  private static final int[] ALL_YEAR_BEANS = ITEMS.stream()
      .filter(item -> item.category() == Category.BEANS && item.allYear()).mapToInt(ITEMS::indexOf).toArray();

  static {
    for (int month = 0; month < 12; month++) {
      for (Category category : Category.values()) {
        int m = month;
        int[] choices = ITEMS.stream().filter(item -> item.category() == category && item.availableIn(m))
            .mapToInt(ITEMS::indexOf).toArray();
        double[] weights = new double[choices.length];
        double sum = 0;
        for (int i = 0; i < choices.length; i++) {
          sum += ITEMS.get(choices[i]).popularity();
          weights[i] = sum;
        }
        CHOICES[month][category.ordinal()] = choices;
        WEIGHTS[month][category.ordinal()] = weights;
      }
    }
  }

  private DemoMenu() {}

  private static int months(int... months) {
    int mask = 0;
    for (int month : months) {
      mask |= 1 << (month - 1);
    }
    return mask;
  }

  static Item item(int index) {
    return ITEMS.get(index);
  }

  /** An item of the category on sale in the month (0 = January), popular ones likelier. */
  static int pick(Category category, int month, SplittableRandom random) {
    int[] choices = CHOICES[month][category.ordinal()];
    double[] weights = WEIGHTS[month][category.ordinal()];
    double target = random.nextDouble() * weights[weights.length - 1];
    int i = 0;
    while (weights[i] <= target && i < weights.length - 1) {
      i++;
    }
    return choices[i];
  }

  /** A customer's favourite bag of beans, one sold all year. */
  static int pickFavouriteBeans(SplittableRandom random) {
    double total = 0;
    for (int index : ALL_YEAR_BEANS) {
      total += ITEMS.get(index).popularity();
    }
    double target = random.nextDouble() * total;
    for (int index : ALL_YEAR_BEANS) {
      target -= ITEMS.get(index).popularity();
      if (target < 0) {
        return index;
      }
    }
    return ALL_YEAR_BEANS[0];
  }
}
