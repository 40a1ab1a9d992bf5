package kyokan.core.demo;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import kyokan.core.sales.CustomerInput;

/** Invented neighbours of the shop: Japanese names with kana, and contact details for some of them. */
final class DemoPeople {
  // kanji, katakana, romaji
  private static final String[][] FAMILY = {
      {"佐藤", "サトウ", "sato"}, {"鈴木", "スズキ", "suzuki"}, {"高橋", "タカハシ", "takahashi"},
      {"田中", "タナカ", "tanaka"}, {"伊藤", "イトウ", "ito"}, {"渡辺", "ワタナベ", "watanabe"},
      {"山本", "ヤマモト", "yamamoto"}, {"中村", "ナカムラ", "nakamura"}, {"小林", "コバヤシ", "kobayashi"},
      {"加藤", "カトウ", "kato"}, {"吉田", "ヨシダ", "yoshida"}, {"山田", "ヤマダ", "yamada"},
      {"佐々木", "ササキ", "sasaki"}, {"山口", "ヤマグチ", "yamaguchi"}, {"松本", "マツモト", "matsumoto"},
      {"井上", "イノウエ", "inoue"}, {"木村", "キムラ", "kimura"}, {"林", "ハヤシ", "hayashi"},
      {"斎藤", "サイトウ", "saito"}, {"清水", "シミズ", "shimizu"}, {"山崎", "ヤマザキ", "yamazaki"},
      {"森", "モリ", "mori"}, {"池田", "イケダ", "ikeda"}, {"橋本", "ハシモト", "hashimoto"},
      {"阿部", "アベ", "abe"}, {"石川", "イシカワ", "ishikawa"}, {"山下", "ヤマシタ", "yamashita"},
      {"中島", "ナカジマ", "nakajima"}, {"石井", "イシイ", "ishii"}, {"小川", "オガワ", "ogawa"},
      {"前田", "マエダ", "maeda"}, {"岡田", "オカダ", "okada"}, {"長谷川", "ハセガワ", "hasegawa"},
      {"藤田", "フジタ", "fujita"}, {"後藤", "ゴトウ", "goto"}, {"近藤", "コンドウ", "kondo"},
      {"村上", "ムラカミ", "murakami"}, {"遠藤", "エンドウ", "endo"}, {"青木", "アオキ", "aoki"},
      {"坂本", "サカモト", "sakamoto"}, {"西村", "ニシムラ", "nishimura"}, {"福田", "フクダ", "fukuda"},
      {"太田", "オオタ", "ota"}, {"三浦", "ミウラ", "miura"}, {"藤井", "フジイ", "fujii"},
      {"岡本", "オカモト", "okamoto"}, {"松田", "マツダ", "matsuda"}, {"中川", "ナカガワ", "nakagawa"}};
  private static final String[][] GIVEN = {
      {"陽子", "ヨウコ", "yoko"}, {"恵子", "ケイコ", "keiko"}, {"美穂", "ミホ", "miho"}, {"由美", "ユミ", "yumi"},
      {"愛", "アイ", "ai"}, {"彩", "アヤ", "aya"}, {"花子", "ハナコ", "hanako"}, {"美咲", "ミサキ", "misaki"},
      {"結衣", "ユイ", "yui"}, {"陽菜", "ヒナ", "hina"}, {"さくら", "サクラ", "sakura"}, {"真由美", "マユミ", "mayumi"},
      {"裕子", "ユウコ", "yuko"}, {"智子", "トモコ", "tomoko"}, {"明美", "アケミ", "akemi"}, {"久美子", "クミコ", "kumiko"},
      {"奈々", "ナナ", "nana"}, {"千尋", "チヒロ", "chihiro"}, {"麻衣", "マイ", "mai"}, {"京子", "キョウコ", "kyoko"},
      {"直子", "ナオコ", "naoko"}, {"葵", "アオイ", "aoi"}, {"芽衣", "メイ", "mei"}, {"香織", "カオリ", "kaori"},
      {"翔太", "ショウタ", "shota"}, {"大輔", "ダイスケ", "daisuke"}, {"健太", "ケンタ", "kenta"},
      {"拓也", "タクヤ", "takuya"}, {"直樹", "ナオキ", "naoki"}, {"浩二", "コウジ", "koji"}, {"誠", "マコト", "makoto"},
      {"隆", "タカシ", "takashi"}, {"蓮", "レン", "ren"}, {"悠真", "ユウマ", "yuma"}, {"陽翔", "ハルト", "haruto"},
      {"和夫", "カズオ", "kazuo"}, {"茂", "シゲル", "shigeru"}, {"博", "ヒロシ", "hiroshi"}, {"修", "オサム", "osamu"},
      {"健一", "ケンイチ", "kenichi"}, {"亮", "リョウ", "ryo"}, {"大和", "ヤマト", "yamato"}, {"湊", "ミナト", "minato"},
      {"哲也", "テツヤ", "tetsuya"}};
  // real towns near a 世田谷 coffee shop, with their postal codes
  private static final String[][] TOWNS = {
      {"154-0015", "桜新町"}, {"154-0016", "弦巻"}, {"154-0012", "駒沢"}, {"154-0011", "上馬"},
      {"154-0014", "新町"}, {"158-0081", "深沢"}, {"158-0097", "用賀"}, {"156-0054", "桜丘"},
      {"154-0024", "三軒茶屋"}, {"154-0004", "太子堂"}};
  private static final String[] DOMAINS = {"example.jp", "example.ne.jp", "example.com"};
  private static final String[] NOTES = {
      "深煎りが好み", "ミルク多め", "ギフトはのし希望", "豆は中挽きで", "犬連れで来店", "ニュースレター希望", "カフェインを控えている"};

  private final SplittableRandom random;
  private final LocalDate today;
  // only ever asked "taken?", never iterated, so they cannot make the output depend on hashing
  private final Set<String> phones = new HashSet<>();
  private final Set<String> emails = new HashSet<>();

  DemoPeople(SplittableRandom random, LocalDate today) {
    this.random = random;
    this.today = today;
  }

  /** The next invented customer; call in code order so the same seed gives the same people. */
  CustomerInput next(String code) {
    String[] family = FAMILY[random.nextInt(FAMILY.length)];
    String[] given = GIVEN[random.nextInt(GIVEN.length)];
    String phone = random.nextDouble() < 0.6 ? phone() : null;
    String email = random.nextDouble() < 0.45 ? email(family[2], given[2]) : null;
    boolean hasAddress = random.nextDouble() < 0.35;
    String[] town = TOWNS[random.nextInt(TOWNS.length)];
    String address = hasAddress ? "東京都世田谷区" + town[1] + (1 + random.nextInt(5)) + "-" + (1 + random.nextInt(30)) + "-"
        + (1 + random.nextInt(20)) : null;
    LocalDate birthday = random.nextDouble() < 0.3 ? today.minusYears(18 + random.nextInt(68)).minusDays(random.nextInt(365))
        : null;
    String notes = random.nextDouble() < 0.04 ? NOTES[random.nextInt(NOTES.length)] : null;
    boolean consent = random.nextDouble() < 0.92;
    return new CustomerInput(code, family[0] + " " + given[0], family[1] + " " + given[1], phone, email,
        hasAddress ? town[0] : null, address, birthday, notes, consent);
  }

  // unique, like e-mails, so the demo shows no false duplicates
  private String phone() {
    String prefix = random.nextDouble() < 0.5 ? "090" : random.nextDouble() < 0.8 ? "080" : "070";
    String phone = prefix + "-" + digits(4) + "-" + digits(4);
    while (!phones.add(phone)) {
      phone = prefix + "-" + digits(4) + "-" + digits(4);
    }
    return phone;
  }

  private String digits(int count) {
    StringBuilder digits = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      digits.append((char) ('0' + random.nextInt(10)));
    }
    return digits.toString();
  }

  private String email(String family, String given) {
    String domain = DOMAINS[random.nextInt(DOMAINS.length)];
    String local = random.nextBoolean() ? given + "." + family : family + "." + given;
    String email = local + "@" + domain;
    while (!emails.add(email)) {
      email = local + random.nextInt(1000) + "@" + domain;
    }
    return email;
  }
}
