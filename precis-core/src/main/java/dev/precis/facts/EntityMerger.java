package dev.precis.facts;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the names of all articles into the story's entities: aliases and spellings share one
 * entity, short forms join the full name they abbreviate ("Tillerson" into "Rex Tillerson"), and
 * each entity gets the type its cues vote for.
 */
final class EntityMerger {

  private EntityMerger() {}

  /** The merged entities, with the look-ups quote attribution needs. */
  static final class EntityTable {
    private final List<Entity> ranked;
    private final Map<String, Group> byKey;

    private EntityTable(List<Entity> ranked, Map<String, Group> byKey) {
      this.ranked = ranked;
      this.byKey = byKey;
    }

    /** All entities, most prominent first. */
    List<Entity> ranked() {
      return ranked;
    }

    /** The story's full name for what {@code mention} names, or null if it was dropped. */
    String fullName(NameMention mention) {
      Group group = byKey.get(key(mention.name(), mention.canonical()));
      return group == null ? null : group.root().displayName;
    }

    /** The type of the entity {@code mention} names, or null if it was dropped. */
    EntityType type(NameMention mention) {
      Group group = byKey.get(key(mention.name(), mention.canonical()));
      return group == null ? null : group.root().type;
    }
  }

  /**
   * @param articles each article's names, in story order
   * @param articleIds the articles' ids, in the same order
   */
  static EntityTable merge(List<List<NameMention>> articles, List<String> articleIds) {
    // sorted so that every later step, and so the output, is the same from run to run
    Map<String, Group> groups = new TreeMap<>();
    for (int a = 0; a < articles.size(); a++) {
      for (NameMention mention : articles.get(a)) {
        String key = key(mention.name(), mention.canonical());
        groups.computeIfAbsent(key, k -> new Group(k, mention.canonical() != null)).add(mention, a);
      }
    }
    for (Group group : groups.values()) {
      group.type = group.votedType();
    }
    mergeShortForms(groups);
    // after merging, so that a "Lavrov" opening sentences still counts for "Sergei Lavrov"
    groups.values().removeIf(group -> group.target == null && group.isSentenceOpener());

    List<Entity> ranked = new ArrayList<>();
    for (Group group : groups.values()) {
      if (group.target == null) {
        group.displayName = group.chooseName();
      }
    }
    for (Group group : groups.values()) {
      if (group.target == null) {
        ranked.add(group.toEntity(articleIds));
      }
    }
    ranked.sort(
        Comparator.comparingLong((Entity e) -> -(long) e.mentions() * e.articleIds().size())
            .thenComparing(Entity::name));
    return new EntityTable(List.copyOf(ranked), groups);
  }

  /**
   * Joins each name to the one longer name it ends ("Assad" to "Bashar al-Assad", "Security
   * Council" to "U.N. Security Council"). When two longer names fit equally well the short form
   * stays apart rather than guess.
   */
  private static void mergeShortForms(Map<String, Group> groups) {
    Map<String, List<Group>> byLastWord = new HashMap<>();
    for (Group group : groups.values()) {
      if (!group.listed && group.words.length > 1) {
        byLastWord.computeIfAbsent(group.lastWord(), w -> new ArrayList<>()).add(group);
      }
    }
    List<Group> shortestFirst = new ArrayList<>(groups.values());
    shortestFirst.sort(Comparator.comparingInt((Group g) -> g.words.length).thenComparing(g -> g.key));
    for (Group group : shortestFirst) {
      if (group.listed) {
        continue; // "Syria" never becomes part of "Northern Syria"
      }
      Group best = null;
      boolean tie = false;
      for (Group longer : byLastWord.getOrDefault(group.lastWord(), List.of())) {
        if (longer.words.length <= group.words.length
            || !longer.endsWith(group.words)
            || longer.type == EntityType.PLACE
            || group.strongCue && group.type != longer.type) {
          continue;
        }
        Group longerRoot = longer.root();
        if (best == null || longerRoot.mentions > best.mentions) {
          best = longerRoot;
          tie = false;
        } else if (longerRoot != best && longerRoot.mentions == best.mentions) {
          tie = true;
        }
      }
      if (best != null && !tie && best != group) {
        group.target = best;
        best.absorb(group);
      }
    }
  }

  /** Gazetteer names by their canonical form; others by lower case, "al-" particles dropped. */
  static String key(String name, String canonical) {
    if (canonical != null) {
      return canonical.toLowerCase(Locale.ROOT);
    }
    StringBuilder key = new StringBuilder(name.length());
    for (String word : name.split(" ")) {
      int hyphen = word.indexOf('-');
      if (hyphen > 0 && hyphen <= 3 && Character.isLowerCase(word.charAt(0))) {
        word = word.substring(hyphen + 1);
      }
      if (!key.isEmpty()) {
        key.append(' ');
      }
      key.append(word.toLowerCase(Locale.ROOT));
    }
    return key.toString();
  }

  private static final class Group {
    final String key;
    final String[] words;
    /** Named in the gazetteer: never a short form of something else. */
    final boolean listed;
    /** Surface forms of this group's own mentions, short forms excluded. */
    final Map<String, Integer> surfaces = new TreeMap<>();
    final Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
    final BitSet articles = new BitSet();
    int mentions;
    boolean allDoubtful = true;
    /** Some mention had a title, a gazetteer entry or an organization word. */
    boolean strongCue;
    String canonical;
    EntityType type;
    /** The group this one was merged into, or null. */
    Group target;
    String displayName;

    Group(String key, boolean listed) {
      this.key = key;
      this.words = key.split(" ");
      this.listed = listed;
    }

    void add(NameMention mention, int article) {
      surfaces.merge(mention.name(), 1, Integer::sum);
      votes.merge(mention.type(), mention.strength(), Integer::sum);
      articles.set(article);
      mentions++;
      allDoubtful &= mention.doubtful();
      strongCue |= mention.strength() >= NameMention.STRONG;
      if (mention.canonical() != null) {
        canonical = mention.canonical();
      }
    }

    void absorb(Group shortForm) {
      mentions += shortForm.mentions;
      articles.or(shortForm.articles);
      shortForm.votes.forEach((type, strength) -> votes.merge(type, strength, Integer::sum));
      type = votedType();
    }

    Group root() {
      Group group = this;
      while (group.target != null) {
        group = group.target;
      }
      return group;
    }

    String lastWord() {
      return words[words.length - 1];
    }

    boolean endsWith(String[] suffix) {
      int offset = words.length - suffix.length;
      for (int i = 0; i < suffix.length; i++) {
        if (!words[offset + i].equals(suffix[i])) {
          return false;
        }
      }
      return true;
    }

    /**
     * "Meanwhile", "Nobody", "Talks": capitalized only where they open a sentence, with no cue to
     * a name. A word also seen capitalized mid-sentence, or with a cue, is kept.
     */
    boolean isSentenceOpener() {
      return allDoubtful && words.length == 1;
    }

    EntityType votedType() {
      EntityType best = EntityType.OTHER;
      int bestVotes = 0;
      for (Map.Entry<EntityType, Integer> vote : votes.entrySet()) {
        if (vote.getKey() != EntityType.OTHER && vote.getValue() > bestVotes) {
          best = vote.getKey();
          bestVotes = vote.getValue();
        }
      }
      return best;
    }

    /** The most frequent spelling; ties go to the longer, then the gazetteer's, then A-Z. */
    String chooseName() {
      String best = null;
      int bestCount = 0;
      for (Map.Entry<String, Integer> surface : surfaces.entrySet()) {
        String name = surface.getKey();
        int count = surface.getValue();
        if (best == null
            || count > bestCount
            || count == bestCount && name.length() > best.length()
            || count == bestCount && name.length() == best.length() && name.equals(canonical)) {
          best = name;
          bestCount = count;
        }
      }
      return best;
    }

    Entity toEntity(List<String> articleIds) {
      List<String> ids = new ArrayList<>(articles.cardinality());
      for (int a = articles.nextSetBit(0); a >= 0; a = articles.nextSetBit(a + 1)) {
        ids.add(articleIds.get(a));
      }
      return new Entity(displayName, type, mentions, ids);
    }
  }
}
