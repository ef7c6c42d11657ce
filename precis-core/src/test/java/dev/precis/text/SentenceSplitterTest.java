package dev.precis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  private static List<String> sentences(String text) {
    return SentenceSplitter.split(text).stream().map(s -> text.substring(s[0], s[1])).toList();
  }

  @Test
  void keepsTitlesInitialsAndDottedAbbreviationsInsideSentences() {
    String text = "Gen. Augusto Pinochet met U.S. officials at 5 p.m. on Jan. 5 in London. "
        + "John F. Kennedy Airport was closed. The U.N. Security Council met on Tuesday.";
    assertThat(sentences(text)).containsExactly(
        "Gen. Augusto Pinochet met U.S. officials at 5 p.m. on Jan. 5 in London.",
        "John F. Kennedy Airport was closed.",
        "The U.N. Security Council met on Tuesday.");
  }

  @Test
  void endsSentenceAfterAbbreviationWhenANewSentenceFollows() {
    String text = "The talks were held in the U.S. The next round is in Moscow. "
        + "The market closed at 4 p.m. It will reopen Monday.";
    assertThat(sentences(text)).containsExactly(
        "The talks were held in the U.S.", "The next round is in Moscow.",
        "The market closed at 4 p.m.", "It will reopen Monday.");
  }

  @Test
  void hindiEndsSentencesWithADandaSpacedOrNot() {
    String text = "ईरान ने पंद्रह ब्रिटिश नाविकों को रिहा कर दिया ।उन्होंने लंदन के लिए उड़ान "
        + "भरी। राष्ट्रपति ने उन्हें ३. श्रेणी का पदक दिया।";
    assertThat(sentences(text)).containsExactly(
        "ईरान ने पंद्रह ब्रिटिश नाविकों को रिहा कर दिया ।",
        "उन्होंने लंदन के लिए उड़ान भरी।",
        "राष्ट्रपति ने उन्हें ३. श्रेणी का पदक दिया।");
    assertThat(SentenceSplitter.isComplete("उन्होंने लंदन के लिए उड़ान भरी।")).isTrue();
  }

  @Test
  void arabicQuestionMarkEndsASentence() {
    String text = "هل انتهت الأزمة؟ قال الوزير إن المحادثات مستمرة.";
    assertThat(sentences(text)).containsExactly("هل انتهت الأزمة؟",
        "قال الوزير إن المحادثات مستمرة.");
  }

  @Test
  void keepsMultiSentenceQuotationWhole() {
    String text = "\"We will not stand by. We will act,\" Mattis said. Lavrov disagreed.";
    assertThat(sentences(text)).containsExactly(
        "\"We will not stand by. We will act,\" Mattis said.", "Lavrov disagreed.");
  }

  @Test
  void splitsAfterQuotationThatEndsTheSentence() {
    String text = "He said: \"It is over.\" Then he left. ``They came at night,'' she said. It rained.";
    assertThat(sentences(text)).containsExactly(
        "He said: \"It is over.\"", "Then he left.", "``They came at night,'' she said.",
        "It rained.");
  }

  @Test
  void handlesQuestionsExclamationsAndDecimals() {
    String text = "Prices rose 3.5 percent. Why now? Nobody knows! Officials declined comment.";
    assertThat(sentences(text)).containsExactly(
        "Prices rose 3.5 percent.", "Why now?", "Nobody knows!", "Officials declined comment.");
  }

  @Test
  void marksTruncatedSentencesIncomplete() {
    List<String> s = sentences("The attack killed four. Trump's Attack on Syria Killed Four Ch");
    assertThat(s).hasSize(2);
    assertThat(SentenceSplitter.isComplete(s.get(0))).isTrue();
    assertThat(SentenceSplitter.isComplete(s.get(1))).isFalse();
    assertThat(SentenceSplitter.isComplete("\"It is over.\"")).isTrue();
  }

  @Test
  void splitsSentencesGluedAfterAClosingQuote() {
    assertThat(sentences("It has been 160 years since the last quake.\"The stress is building,\" he said."))
        .containsExactly("It has been 160 years since the last quake.\"",
            "The stress is building,\" he said.");
  }

  @Test
  void splitsSentencesAPageGluedTogetherWhenItLostItsParagraphBreaks() {
    assertThat(sentences("The robot patrols a mall on Showers Avenue in Mountain View.The 300-pound "
        + "robot named K5 ran over a toddler's foot, a friend tells PEOPLE.Douglas, 68, was "
        + "not there. The letters sold for $115,000 in 2010.)The current batch went on sale."))
        .containsExactly("The robot patrols a mall on Showers Avenue in Mountain View.",
            "The 300-pound robot named K5 ran over a toddler's foot, a friend tells PEOPLE.",
            "Douglas, 68, was not there.", "The letters sold for $115,000 in 2010.)",
            "The current batch went on sale.");
    assertThat(sentences("\"It will not be commercially viable.\"What photographs did he use?"))
        .containsExactly("\"It will not be commercially viable.\"",
            "What photographs did he use?");
  }

  @Test
  void keepsNamesAndAbbreviationsWrittenWithoutASpaceWhole() {
    assertThat(sentences("Sen. Joe Manchin (D-W.Va.) voted against it. "
        + "He moved to St.Louis in 1990 and joined the U.S.Army there. "
        + "The site runs on ASP.NET and Node.js today. Try NetgenShopper.Com or "
        + "http://www.WesternPrimary.org for more."))
        .containsExactly("Sen. Joe Manchin (D-W.Va.) voted against it.",
            "He moved to St.Louis in 1990 and joined the U.S.Army there.",
            "The site runs on ASP.NET and Node.js today.",
            "Try NetgenShopper.Com or http://www.WesternPrimary.org for more.");
  }

  @Test
  void emptyAndBlankTextGiveNoSentences() {
    assertThat(SentenceSplitter.split("")).isEmpty();
    assertThat(SentenceSplitter.split("   \n ")).isEmpty();
  }
}
