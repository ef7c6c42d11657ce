package dev.precis.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Invented articles written for these tests: two stories (a river flood in the town of Alderbrook,
 * told by three outlets, and a city council vote on a tram line in Vesterholm, told by two), plus
 * helpers that turn them into request bodies.
 */
final class Newsroom {
  private Newsroom() {}

  static final String FLOOD_GAZETTE_TITLE = "River Alder bursts its banks, hundreds leave Alderbrook";
  static final String FLOOD_GAZETTE =
      "ALDERBROOK, April 14 - The River Alder burst its banks early on Tuesday after three days of "
      + "heavy rain, forcing about 600 residents of Alderbrook to leave their homes.\n"
      + "Emergency crews used boats to reach families trapped in the low-lying Millside district, "
      + "where the water stood more than a metre deep in some streets.\n"
      + "\"We have never seen the river rise this quickly,\" said Mayor Helen Castell, who opened "
      + "the town hall and two schools as shelters for the night.\n"
      + "The regional weather office warned that another 40 millimetres of rain could fall before "
      + "Thursday, and said the river would not peak until Wednesday evening.\n"
      + "No injuries had been reported by Tuesday afternoon, the fire service said.";

  static final String FLOOD_HERALD_TITLE = "Alderbrook evacuates Millside as river floods";
  static final String FLOOD_HERALD =
      "About 600 people were evacuated from Alderbrook on Tuesday when the River Alder burst its "
      + "banks after three days of heavy rain.\n"
      + "Rescue teams in boats reached families stranded in Millside, the district closest to the "
      + "river, where floodwater was more than a metre deep.\n"
      + "Mayor Helen Castell said the town hall and two schools would stay open as shelters.\n"
      + "\"We have never seen the river rise this quickly,\" Castell told reporters outside the town "
      + "hall.\n"
      + "Forecasters expect the river to peak on Wednesday evening, with more rain due before "
      + "Thursday.";

  static final String FLOOD_POST_TITLE = "Insurers brace for Alderbrook flood claims";
  static final String FLOOD_POST =
      "Insurers said on Wednesday they expected thousands of claims from Alderbrook, where the "
      + "River Alder flooded the Millside district and forced about 600 residents from their homes "
      + "on Tuesday.\n"
      + "The Association of Regional Insurers said its members would send assessors to the town as "
      + "soon as the water receded, and urged homeowners to photograph the damage.\n"
      + "Mayor Helen Castell asked the national government for emergency funds to repair the flood "
      + "wall, which was built in 1962 and has not been raised since.";

  static final String TRAM_TITLE = "Vesterholm council approves east tram line";
  static final String TRAM_COURIER =
      "Vesterholm city council voted 31 to 14 on Monday to build a tram line from the central "
      + "station to the eastern suburb of Kalvik, ending a decade of debate over the project.\n"
      + "The line, which will cost an estimated 420 million crowns, is due to open in 2031 and will "
      + "carry about 40,000 passengers a day, according to the city transport office.\n"
      + "Opponents on the council argued that electric buses would serve Kalvik at a fraction of "
      + "the cost.";

  static final String TRAM_TIMES =
      "After ten years of argument, Vesterholm will get a tram line to Kalvik: the city council "
      + "approved the 420 million crown project by 31 votes to 14 on Monday.\n"
      + "The transport office expects about 40,000 passengers a day once the line opens in 2031.\n"
      + "Councillor Ingrid Saltvik, who led the opposition, said electric buses would have cost a "
      + "fraction of the price.";

  static ObjectNode article(String id, String title, String date, String text) {
    ObjectNode a = Json.object();
    if (id != null) {
      a.put("id", id);
    }
    if (title != null) {
      a.put("title", title);
    }
    if (date != null) {
      a.put("date", date);
    }
    a.put("text", text);
    return a;
  }

  static ObjectNode flood() {
    ObjectNode body = Json.object();
    ArrayNode list = body.putArray("articles");
    list.add(article("gazette", FLOOD_GAZETTE_TITLE, "2026-04-14", FLOOD_GAZETTE));
    list.add(article("herald", FLOOD_HERALD_TITLE, "2026-04-14", FLOOD_HERALD));
    list.add(article("post", FLOOD_POST_TITLE, "2026-04-15", FLOOD_POST));
    return body;
  }

  /** One article of a third story, for a write after the others. */
  static ObjectNode cityHall() {
    ObjectNode body = Json.object();
    body.putArray("articles").add(article("city-hall", "City hall roof repairs approved",
        "2026-05-04", "Vesterholm council approved 12 million crowns on Thursday to repair the "
            + "roof of the city hall, which has leaked since the storms of last winter.\n"
            + "Work will start in June and should end before the first snow, the council said."));
    return body;
  }

  static ObjectNode tram() {
    ObjectNode body = Json.object();
    ArrayNode list = body.putArray("articles");
    list.add(article("courier-tram", TRAM_TITLE, "2026-03-02", TRAM_COURIER));
    list.add(article("times-tram", "Kalvik tram line wins council vote", "2026-03-02", TRAM_TIMES));
    return body;
  }
}
