package dev.precis.cluster;

import dev.precis.text.Article;
import java.util.List;

/**
 * Three small invented stories: a river flood in Marlow County (March), a second flood in the
 * Dunmore valley a month later (the same kind of event, other places and people), and a chess
 * championship. The two floods share most of their vocabulary; only names and dates tell them
 * apart.
 */
final class StreamFixture {
  private StreamFixture() {}

  static final List<Article> MARLOW = List.of(
      article("marlow-1", "Kessel River floods Marlow County homes", "2024-03-04",
          "The Kessel River burst its banks in Marlow County on Monday, flooding about 300 homes "
              + "in Ashby and Tern Mill after three days of heavy rain.\n"
              + "Sheriff Dana Whitcombe said rescue crews used boats to reach families trapped "
              + "on upper floors in Ashby."),
      article("marlow-2", "Marlow County evacuates Ashby as Kessel keeps rising", "2024-03-05",
          "Officials in Marlow County ordered the evacuation of Ashby on Tuesday as the Kessel "
              + "River kept rising and flood water covered the main road to Tern Mill.\n"
              + "Sheriff Dana Whitcombe said 40 people had been rescued by boat overnight."),
      article("marlow-3", "Kessel flood: Ashby shelters full, rain to ease", "2024-03-06",
          "Shelters in Marlow County were full on Wednesday after the Kessel River flood drove "
              + "hundreds of Ashby residents from their homes.\n"
              + "Forecasters said the rain would ease, and Sheriff Dana Whitcombe warned the "
              + "water in Tern Mill would take days to fall."),
      article("marlow-4", "Ashby counts the cost of the Kessel flood", "Fri, 08 Mar 2024 09:00:00 GMT",
          "Residents of Ashby returned on Friday to homes damaged by the Kessel River flood, and "
              + "Marlow County officials put the cost of repairs at 12 million dollars.\n"
              + "Whitcombe said the river had fallen below flood level in Tern Mill."));

  static final List<Article> DUNMORE = List.of(
      article("dunmore-1", "Brannock River floods Dunmore valley villages", "2024-04-08",
          "The Brannock River burst its banks in the Dunmore valley on Monday, flooding about "
              + "200 homes in Cray and Holloway after heavy rain.\n"
              + "Fire chief Owen Pellow said rescue crews used boats to reach families trapped "
              + "in Cray."),
      article("dunmore-2", "Cray evacuated as Brannock River rises", "2024-04-09",
          "Officials ordered the evacuation of Cray on Tuesday as the Brannock River kept rising "
              + "and flood water closed the bridge to Holloway.\n"
              + "Owen Pellow said 25 people had been rescued by boat."),
      article("dunmore-3", "Dunmore valley flood shelters open in Holloway", "April 10, 2024",
          "Shelters opened in Holloway on Wednesday for Cray residents driven from their homes "
              + "by the Brannock River flood.\n"
              + "Pellow said the water in the Dunmore valley would take days to fall."));

  static final List<Article> CHESS = List.of(
      article("chess-1", "Ilona Varga leads Keswick chess championship", "2024-03-05",
          "Ilona Varga beat Tomas Reyes in 41 moves on Tuesday to take the lead at the Keswick "
              + "chess championship with two rounds to play.\n"
              + "Varga sacrificed a knight early and Reyes resigned facing mate."),
      article("chess-2", "Reyes holds Varga to draw in Keswick", "2024-03-06",
          "Tomas Reyes held Ilona Varga to a draw in the penultimate round of the Keswick chess "
              + "championship on Wednesday.\n"
              + "Varga keeps a half-point lead before the final round."),
      article("chess-3", "Varga wins Keswick chess title", "2024-03-07",
          "Ilona Varga won the Keswick chess championship on Thursday, drawing her final game to "
              + "finish half a point ahead of Tomas Reyes.\n"
              + "It is Varga's first title at Keswick."));

  static List<Article> all() {
    List<Article> all = new java.util.ArrayList<>();
    all.addAll(MARLOW);
    all.addAll(DUNMORE);
    all.addAll(CHESS);
    return all;
  }

  static Article article(String id, String title, String date, String text) {
    return new Article(id, title, date, null, null, null, text);
  }

  static Article headline(String id, String title, String date) {
    return new Article(id, title, date, null, null, null, "");
  }
}
