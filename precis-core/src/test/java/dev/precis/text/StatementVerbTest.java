package dev.precis.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatementVerbTest {

  @Test
  void captionsLabelsAndListItemsHaveNone() {
    assertThat(StatementVerb.present(
        "Campaign mailer sent by GOP state Senate candidate Ed Charamut.")).isFalse();
    assertThat(StatementVerb.present("Letter from North Korean official to A.Q. Khan")).isFalse();
    assertThat(StatementVerb.present(
        "Ambulances at Russell Square, London after the July 7, 2005 bombings.")).isFalse();
    assertThat(StatementVerb.present(
        "The collection of 150 pieces of evidence from the crime scene.")).isFalse();
    assertThat(StatementVerb.present(
        "Background on Tuesday's leadership transition in Qatar from the emir to his son."))
        .isFalse();
    assertThat(StatementVerb.present(
        "Striking dock workers outside the gates of the port of Westmarch.")).isFalse();
  }

  @Test
  void anInstructionToThePagesReaderHasNone() {
    assertThat(StatementVerb.present(
        "For more information on crime in your area, visit our online crime mapping tool."))
        .isFalse();
    assertThat(StatementVerb.present("Also, check out the track record of your seller."))
        .isFalse();
  }

  @Test
  void statementsOfManyShapesHaveOne() {
    assertThat(StatementVerb.present("The mailer was sent by the campaign.")).isTrue();
    assertThat(StatementVerb.present("He won by 23 seconds over Cadel Evans of Australia."))
        .as("a past form after a pronoun is its verb, 'by' or not").isTrue();
    assertThat(StatementVerb.present("The fifteen navy crew, eight from the Royal Navy and "
        + "seven from the Royal Marines, arrived by helicopter at the base on Thursday."))
        .as("after a comma a past form is no participle of the noun before it").isTrue();
    assertThat(StatementVerb.present("It swept past island after island in the Caribbean."))
        .isTrue();
    assertThat(StatementVerb.present("They deserve the truth, the whole truth.")).isTrue();
    assertThat(StatementVerb.present("But in politics, Minnesotans often go against the grain."))
        .as("a plural, an adverb, then its verb").isTrue();
    assertThat(StatementVerb.present(
        "The particles from the tail of Comet Tempel-Tuttle move at 43 miles per second."))
        .isTrue();
    assertThat(StatementVerb.present("The size of his victory strengthens Cardoso's hand."))
        .isTrue();
    assertThat(StatementVerb.present("About 23,000 homeless people use the shelters.")).isTrue();
    assertThat(StatementVerb.present("Police dogs track footprints in fresh snow.")).isTrue();
    assertThat(StatementVerb.present("It's unlikely that Obama posted to Facebook himself."))
        .isTrue();
    assertThat(StatementVerb.present("The port's cranes won't move until Friday.")).isTrue();
  }

  @Test
  void aPastFormBeforeByAndAMeasureIsTheVerb() {
    assertThat(StatementVerb.present("The company expanded by 20 percent.")).isTrue();
    assertThat(StatementVerb.present("Profits increased by about a third.")).isTrue();
    assertThat(StatementVerb.present("The bill passed by one vote.")).isTrue();
    assertThat(StatementVerb.present("A ferry stranded by the strike at Selby.")).isFalse();
  }

  @Test
  void nounsInLyAndVerbsAfterNames() {
    assertThat(StatementVerb.present("The family lives in Ohio.")).isTrue();
    assertThat(StatementVerb.present("The assembly votes on Friday.")).isTrue();
    assertThat(StatementVerb.present("Residents apply for permits at the town hall.")).isTrue();
    assertThat(StatementVerb.present("Israel says the talks will go on.")).isTrue();
    assertThat(StatementVerb.present("U.N. warns of delays")).isTrue();
    assertThat(StatementVerb.present("The Pentagon oversees the program.")).isTrue();
    assertThat(StatementVerb.present("Mr. Smith slams the plan.")).isTrue();
    assertThat(StatementVerb.present("The company forecast a loss for the year.")).isTrue();
    assertThat(StatementVerb.present("Chinese petitioners outside the hospital in Beijing."))
        .isFalse();
    assertThat(StatementVerb.present("Weeping soldiers in a plaza in Pyongyang.")).isFalse();
  }

  @Test
  void participlesAndAdjectivesInLabels() {
    assertThat(StatementVerb.present("Posted by John at 3:15 PM.")).isFalse();
    assertThat(StatementVerb.present("Televised images of the crash at Selby.")).isFalse();
    assertThat(StatementVerb.present("A view of the damaged reactor from the sea.")).isFalse();
    assertThat(StatementVerb.present("Obama's remarks at the summit in Hamburg.")).isFalse();
    assertThat(StatementVerb.present("The famous portrait of Lincoln at the White House."))
        .isFalse();
    assertThat(StatementVerb.present("Many died in the attack on the port.")).isTrue();
  }

  @Test
  void aLongLineIsReadInLinearTime() {
    String adverbs = "often ".repeat(50_000) + "quickly ".repeat(20_000);
    assertThat(StatementVerb.present("Ships " + adverbs + "at anchor off Selby.")).isFalse();
  }

  @Test
  void whatItLeavesAlone() {
    assertThat(StatementVerb.present("")).isTrue();
    assertThat(StatementVerb.present("THE COMPANY REPORTED A LOSS.")).as("capitals").isTrue();
    assertThat(StatementVerb.present("--- *** ---")).as("no words").isTrue();
  }

  @Test
  void speechIsLeftAlone() {
    assertThat(StatementVerb.present("“Heads to the fence, feet toward the house!”")).isTrue();
    assertThat(StatementVerb.present("``Small, plain, homespun, but full of power.''")).isTrue();
  }
}
