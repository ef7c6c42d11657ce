package dev.precis.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.PrecisException;
import dev.precis.dedup.DuplicateGroup.Kind;
import dev.precis.dedup.DuplicateGroup.Member;
import dev.precis.text.Article;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DeduplicatorTest {
  private final Deduplicator dedup = Deduplicator.withDefaults();

  private static List<Article> story() {
    return List.of(Fixtures.original(), Fixtures.exactCopy(), Fixtures.syndicated(),
        Fixtures.spun(), Fixtures.sameStory());
  }

  @Test
  void groupsTheCopiesAndLeavesTheOtherReportAlone() {
    DedupResult result = dedup.deduplicate(story());

    assertThat(result.groups()).hasSize(1);
    DuplicateGroup group = result.groups().get(0);
    // the longest copy is kept: the syndicated one, whose footer made it longest
    assertThat(group.representative()).isEqualTo("syndicated");
    assertThat(group.members()).extracting(Member::articleId)
        .containsExactly("original", "exact-copy", "syndicated", "spun");
    assertThat(group.members()).allSatisfy(m -> assertThat(m.similarity()).isBetween(0.5, 1.0));
    assertThat(member(group, "syndicated").kind()).isEqualTo(Kind.REPRESENTATIVE);
    assertThat(member(group, "original").kind()).isEqualTo(Kind.NEAR);
    assertThat(member(group, "spun").kind()).isEqualTo(Kind.REWRITE);
    // an exact copy of a member matches as that member did
    assertThat(member(group, "exact-copy")).isEqualTo(
        new Member("exact-copy", member(group, "original").similarity(), Kind.NEAR));
    assertThat(result.representativeOf()).containsEntry("same-story", "same-story")
        .containsEntry("spun", "syndicated").hasSize(5);
    assertThat(result.uniqueCount()).isEqualTo(2);
  }

  @Test
  void twoCopiesOfAPageDifferingInTheirIndentedDatelinesAreOneText() {
    // a web page's layout: a caption line, blank lines, and paragraphs indented by a space
    String body = Fixtures.ORIGINAL_TEXT.substring(Fixtures.ORIGINAL_TEXT.indexOf(" - ") + 3)
        .replace("\n", "\n ");
    Article geneva = Article.of("geneva", "Photo \n \n GENEVA (Wire) - " + body);
    Article reuters = Article.of("reuters", "Photo \n \n GENEVA, Switzerland (Reuters) - " + body);

    Member copy = onlyMatch(geneva, reuters);
    assertThat(copy.kind()).isEqualTo(Kind.NEAR);
    assertThat(copy.similarity()).isEqualTo(1.0);
  }

  @Test
  void eachKindAgainstTheOriginalAlone() {
    // same length: the smaller id is kept
    assertThat(onlyMatch(Fixtures.original(), Fixtures.exactCopy()))
        .isEqualTo(new Member("original", 1.0, Kind.EXACT));
    Member syndicated = onlyMatch(Fixtures.original(), Fixtures.syndicated());
    // the syndicated copy is longer, so it is kept and the original is the member
    assertThat(syndicated.articleId()).isEqualTo("original");
    assertThat(syndicated.kind()).isEqualTo(Kind.NEAR);
    assertThat(syndicated.similarity()).isGreaterThan(0.9);
    Member spun = onlyMatch(Fixtures.original(), Fixtures.spun());
    assertThat(spun.articleId()).isEqualTo("spun");
    assertThat(spun.kind()).isEqualTo(Kind.REWRITE);
    assertThat(spun.similarity()).isBetween(0.6, 0.95);
  }

  @Test
  void aDifferentArticleOnTheSameStoryIsNoDuplicate() {
    DedupResult result = dedup.deduplicate(List.of(Fixtures.original(), Fixtures.sameStory()));
    assertThat(result.groups()).isEmpty();
    assertThat(result.uniqueCount()).isEqualTo(2);
  }

  @Test
  void theSameSetInAnyOrderGivesTheSameGroups() {
    DedupResult reference = dedup.deduplicate(story());
    List<Article> shuffled = new ArrayList<>(story());
    Random random = new Random(7);
    for (int round = 0; round < 5; round++) {
      Collections.shuffle(shuffled, random);
      DedupResult result = dedup.deduplicate(shuffled);
      assertThat(result.representativeOf()).isEqualTo(reference.representativeOf());
      assertThat(result.groups()).hasSize(1);
      assertThat(result.groups().get(0).members())
          .containsExactlyInAnyOrderElementsOf(reference.groups().get(0).members());
    }
  }

  @Test
  void groupsFollowTheInputOrderOfTheirRepresentative() {
    Article otherCopy = Article.of("same-story-copy",
        "Reposted from a partner site.\n" + Fixtures.SAME_STORY_TEXT);
    List<Article> input = List.of(Fixtures.sameStory(), Fixtures.original(), otherCopy,
        Fixtures.syndicated());
    DedupResult result = dedup.deduplicate(input);
    assertThat(result.groups()).extracting(DuplicateGroup::representative)
        .containsExactly("same-story-copy", "syndicated");
    assertThat(result.groups().get(0).members()).extracting(Member::articleId)
        .containsExactly("same-story", "same-story-copy");
    assertThat(result.representatives(input)).extracting(Article::id)
        .containsExactly("same-story-copy", "syndicated");
  }

  @Test
  void twoThousandIdenticalArticlesAreOneGroup() {
    List<Article> copies = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      copies.add(Article.of(String.format("copy-%04d", 1999 - i), Fixtures.ORIGINAL_TEXT));
    }
    DedupResult result = dedup.deduplicate(copies);
    assertThat(result.groups()).hasSize(1);
    DuplicateGroup group = result.groups().get(0);
    // equal length: the smallest id is kept, whatever the input order
    assertThat(group.representative()).isEqualTo("copy-0000");
    assertThat(group.members()).hasSize(2000);
    assertThat(group.members()).filteredOn(m -> m.kind() == Kind.EXACT).hasSize(1999);
    assertThat(result.uniqueCount()).isEqualTo(1);
  }

  @Test
  void oneArticleOrNoneHasNoGroups() {
    DedupResult one = dedup.deduplicate(List.of(Fixtures.original()));
    assertThat(one.groups()).isEmpty();
    assertThat(one.representativeOf()).containsExactly(java.util.Map.entry("original", "original"));
    assertThat(dedup.deduplicate(List.of()).groups()).isEmpty();
  }

  @Test
  void shortTextsWithoutContentWordsOnlyMatchExactly() {
    DedupResult result = dedup.deduplicate(List.of(Article.of("a", "It is what it is."),
        Article.of("b", "it is what it is"), Article.of("c", "It was what it was.")));
    assertThat(result.representativeOf()).containsEntry("b", "a").containsEntry("c", "c");
  }

  @Test
  void refusesDuplicateIdsAndArticlesWithoutText() {
    assertThatThrownBy(() -> dedup.deduplicate(List.of(Fixtures.original(),
        Fixtures.spun().withId("original"))))
        .isInstanceOf(PrecisException.class).hasMessageContaining("duplicate article id 'original'");
    assertThatThrownBy(() -> dedup.deduplicate(List.of(Fixtures.original(),
        Article.of("empty-one", " \n\t "))))
        .isInstanceOf(PrecisException.class)
        .hasMessage("article 'empty-one' has neither text nor a headline");
  }

  @Test
  void headlinesAloneAreComparedByTheirHeadline() {
    // a feed of headlines: no text, or text that only repeats the headline
    Article wire = new Article("wire", "Velmora dock workers strike over port automation plan",
        null, null, "Wire", null, "");
    Article copy = new Article("copy", "Velmora dock workers strike over port automation plan",
        null, null, "Daily", null, "Velmora dock workers strike over port automation plan");
    Article reworded = new Article("reworded",
        "Port automation plan: Velmora dock workers strike", null, null, "Post", null, "");
    Article other = new Article("other", "Corran bakery wins the national bread prize", null,
        null, "Post", null, "");
    // one other word in a headline is another story, however much else it shares
    Article neighbors = new Article("neighbors", "SXSW film review: 'Neighbors'", null, null,
        "Post", null, "");
    Article chef = new Article("chef", "SXSW film review: 'Chef'", null, null, "Post", null, "");
    DedupResult result = dedup.deduplicate(List.of(wire, copy, reworded, other, neighbors, chef));
    assertThat(result.groups()).hasSize(1);
    assertThat(result.representativeOf()).containsEntry("copy", result.representativeOf().get("wire"))
        .containsEntry("reworded", result.representativeOf().get("wire"))
        .containsEntry("other", "other").containsEntry("neighbors", "neighbors")
        .containsEntry("chef", "chef");
    DuplicateIndex index = new DuplicateIndex(DedupOptions.defaults());
    index.add(wire);
    assertThat(index.add(copy).kind()).isNotEqualTo(DuplicateGroup.Kind.REPRESENTATIVE);
    assertThat(index.add(other).kind()).isEqualTo(DuplicateGroup.Kind.REPRESENTATIVE);
  }

  @Test
  void representativesRefuseArticlesItDidNotSee() {
    DedupResult result = dedup.deduplicate(List.of(Fixtures.original()));
    assertThatThrownBy(() -> result.representatives(List.of(Fixtures.spun())))
        .isInstanceOf(PrecisException.class).hasMessageContaining("'spun'");
  }

  @Test
  void aStricterThresholdKeepsTheSpunCopyApart() {
    Deduplicator strict = new Deduplicator(DedupOptions.defaults().withThreshold(0.9));
    DedupResult result = strict.deduplicate(List.of(Fixtures.original(), Fixtures.spun(),
        Fixtures.syndicated()));
    assertThat(result.representativeOf()).containsEntry("spun", "spun")
        .containsEntry("original", "syndicated");
  }

  private Member onlyMatch(Article a, Article b) {
    DedupResult result = dedup.deduplicate(List.of(a, b));
    assertThat(result.groups()).hasSize(1);
    return result.groups().get(0).members().stream()
        .filter(m -> m.kind() != Kind.REPRESENTATIVE).findFirst().orElseThrow();
  }

  private static Member member(DuplicateGroup group, String id) {
    return group.members().stream().filter(m -> m.articleId().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void aStoryAnalysedOnTheCallingThreadGroupsAsOnThePool() {
    List<Article> story = new ArrayList<>(story());
    Collections.reverse(story);

    DedupResult here = dedup.deduplicate(story, true);
    DedupResult pool = dedup.deduplicate(story, false);

    assertThat(here.groups()).isEqualTo(pool.groups()).isEqualTo(dedup.deduplicate(story).groups());
    assertThat(here.representativeOf()).isEqualTo(pool.representativeOf());
    assertThat(here.groups()).hasSize(1);
  }
}
