package kyokan.step.community.club;

/** The shop's club: its name, how one joins, and what members get. */
public class Club {
  String name;
  String howToJoin;
  String perks;

  public Club() {}

  public Club(String name, String howToJoin, String perks) {
    this.name = name;
    this.howToJoin = howToJoin;
    this.perks = perks;
  }

  public String getName() { return name; }
  public String getHowToJoin() { return howToJoin; }
  public String getPerks() { return perks; }
}
