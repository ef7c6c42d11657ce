package dev.precis.dedup;

import dev.precis.text.Article;

/**
 * One invented story told five ways, written for these tests: the original, an exact copy with
 * other case and white space, a syndicated copy with its own intro and footer, a spun rewrite
 * (synonyms swapped, paragraphs reordered, the end cut) and a different article on the same talks.
 */
final class Fixtures {
  private Fixtures() {}

  static final String ORIGINAL_TEXT = """
      Water treaty talks stall in Geneva

      GENEVA (Wire) - Negotiators from the United States and Russia failed on Tuesday to agree \
      on the final text of a treaty governing the Orvane river basin, after three days of talks \
      hosted by the United Nations.

      The treaty would set limits on how much water the upstream dams may hold back during the \
      dry season, a question that has divided the five basin states for more than a decade.

      "We are closer than we have ever been, but we are not there," said Marta Keller, the Swiss \
      mediator who has chaired the talks since March.

      Farmers downstream say the dams cut the river's flow by nearly a third in the drought of \
      2022, when 14,000 hectares of rice fields were left without water.

      The Russian delegation wants any limit to be reviewed every five years, while the American \
      side insists on a fixed cap written into international law.

      Keller said the negotiators would meet again in October. The United Nations has offered to \
      pay for an independent survey of the river's flow before then.

      Environmental groups criticised the delay. "Every season without a treaty is another season \
      of guesswork for the people who live on this river," said Idris Fane of the Orvane Basin \
      Alliance.
      """;

  /** The same words in other case, spacing and line breaks. */
  static final String EXACT_COPY_TEXT = """
      WATER TREATY TALKS STALL IN GENEVA


      Geneva (wire) -   negotiators from the united states and russia failed on tuesday to agree
      on the final text of a treaty governing the orvane river basin, after three days of talks
      hosted by the united nations.

      the treaty would set limits on how much water the upstream dams may hold back during the
      dry season, a question that has divided the five basin states for more than a decade.

      "we are closer than we have ever been, but we are not there," said marta keller, the swiss
      mediator who has chaired the talks since march.

      farmers downstream say the dams cut the river's flow by nearly a third in the drought of
      2022, when 14,000 hectares of rice fields were left without water.

      the russian delegation wants any limit to be reviewed every five years, while the american
      side insists on a fixed cap written into international law.

      keller said the negotiators would meet again in october. the united nations has offered to
      pay for an independent survey of the river's flow before then.

      environmental groups criticised the delay. "every season without a treaty is another season
      of guesswork for the people who live on this river," said idris fane of the orvane basin
      alliance.
      """;

  /** Syndicated: the partner's own headline, intro line and footer around the wire text. */
  static final String SYNDICATED_TEXT = """
      Orvane treaty: no deal yet after Geneva round

      This story was first published by Lakeside Wire and is republished under a content-sharing \
      agreement with our partners.

      Negotiators from the United States and Russia failed on Tuesday to agree on the final text \
      of a treaty governing the Orvane river basin, after three days of talks hosted by the United \
      Nations.

      The treaty would set limits on how much water the upstream dams may hold back during the dry \
      season, a question that has divided the five basin states for more than a decade.

      "We are closer than we have ever been, but we are not there," said Marta Keller, the Swiss \
      mediator who has chaired the talks since March.

      Farmers downstream say the dams cut the river's flow by nearly a third in the drought of \
      2022, when 14,000 hectares of rice fields were left without water.

      The Russian delegation wants any limit to be reviewed every five years, while the American \
      side insists on a fixed cap written into international law.

      Keller said the negotiators would meet again in October. The United Nations has offered to \
      pay for an independent survey of the river's flow before then.

      Environmental groups criticised the delay. "Every season without a treaty is another season \
      of guesswork for the people who live on this river," said Idris Fane of the Orvane Basin \
      Alliance.

      Share this article
      Want more stories like this? Sign up for our morning newsletter and get the day's news in \
      your inbox.
      Copyright 2026 Lakeside Wire. All rights reserved.
      """;

  /**
   * Spun the way content farms spin: "Russian Federation", "U.S.", "global law", "U.N.",
   * "negotiations"; paragraphs moved; a few words changed outside any synonym list; the last
   * paragraph and the mediator's quote cut.
   */
  static final String SPUN_TEXT = """
      Orvane water accord negotiations stall in Geneva

      Negotiators from the U.S. and Russian Federation failed on Tuesday to agree on the final text \
      of a treaty governing the Orvane river basin, after three days of negotiations hosted by the \
      U.N.

      The Russian Federation delegation wants any limit to be reviewed every five years, while the \
      American side insists on a fixed cap written into global law.

      The treaty would set limits on how much water the upstream dams may keep back during the dry \
      season, an issue that has divided the five basin states for more than a decade.

      Farmers downstream say the dams cut the river's flow by almost a third in the drought of \
      2022, when 14,000 hectares of rice fields were left without water.

      Keller said the negotiators would meet again in October. The U.N. has offered to pay for an \
      independent survey of the river's flow before then.
      """;

  /** Another outlet's own report of the same talks: same names and facts, its own words. */
  static final String SAME_STORY_TEXT = """
      Swiss mediator sees progress as Orvane river deal slips to October

      Marta Keller has spent six months trying to get five governments to share one river. On \
      Tuesday in Geneva she came close, but not close enough.

      Delegations from Washington and Moscow left the United Nations building without signing, \
      divided over whether caps on the Orvane dams should be permanent or revisited regularly. \
      Moscow prefers a review every five years; Washington wants the limit fixed in a binding \
      instrument.

      For rice growers on the lower Orvane the delay is costly. Two years ago the reservoirs held \
      back so much water that whole villages lost their harvest, and local officials estimate the \
      losses at more than $40 million.

      Keller, a veteran of the Rhine commission, told reporters she expected a deal by the end of \
      the year. The next round is scheduled for October, and the UN will commission a study of \
      the river's seasonal flow in the meantime.

      Campaigners outside the building held banners reading "Water is not a bargaining chip".
      """;

  static Article original() {
    return new Article("original", null, "2026-03-10", null, "Lakeside Wire", null, ORIGINAL_TEXT);
  }

  static Article exactCopy() {
    return Article.of("exact-copy", EXACT_COPY_TEXT);
  }

  static Article syndicated() {
    return Article.of("syndicated", SYNDICATED_TEXT);
  }

  static Article spun() {
    return Article.of("spun", SPUN_TEXT);
  }

  static Article sameStory() {
    return Article.of("same-story", SAME_STORY_TEXT);
  }
}
