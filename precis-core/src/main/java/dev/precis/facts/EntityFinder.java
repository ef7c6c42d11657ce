package dev.precis.facts;

import dev.precis.WorkCancelledException;
import dev.precis.text.CharClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the names one article uses: runs of capitalized words, cut and typed by the lexicon's cues.
 * Names are not merged here; {@link EntityMerger} does that across the story.
 */
final class EntityFinder {

  static final Set<String> MONTHS_AND_DAYS =
      Set.of(
          "January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.",
          "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "Monday", "Tuesday", "Wednesday", "Thursday",
          "Friday", "Saturday", "Sunday");

  /** Lower-case words that sit inside names: "Bank of England", "Charles de Gaulle". */
  private static final Set<String> PARTICLES =
      Set.of("de", "del", "della", "di", "da", "du", "van", "von", "der", "den", "la", "le", "bin",
          "ibn", "dos", "das", "al", "el");

  /** Hyphenated prefixes of Arabic names: "al-Assad", "el-Sisi". */
  private static final Set<String> HYPHEN_PARTICLES = Set.of("al", "el", "ad", "as", "ash", "at", "bin", "ibn", "abu");

  /** Words before "of" that keep a name going: "Gulf of Mexico" (besides titles and org words). */
  private static final Set<String> OF_HEADS =
      Set.of("Republic", "Kingdom", "Gulf", "Bay", "Isle", "Sea", "Strait", "Duke", "Duchess",
          "House", "Statue", "Prince", "Princess", "Chamber", "State", "States", "Church");

  /** Words a number completes as part of a name: "Terminal 3", "Flight 17". */
  private static final Set<String> NUMBERED =
      Set.of("Terminal", "Gate", "Pier", "Berth", "Dock", "Quay", "Route", "Highway", "Flight",
          "Platform", "Line", "Runway", "Block", "Zone", "Phase", "Ward", "Unit", "Building",
          "Article", "Chapter", "Section", "Stage", "Round", "Apollo", "Boeing", "Airbus");

  static final Set<String> SPEECH_VERBS =
      Set.of("said", "says", "told", "added", "asked", "stated", "declared", "insisted", "warned",
          "explained", "noted", "argued", "wrote", "continued", "recalled", "acknowledged",
          "admitted", "claimed", "conceded", "replied", "remarked", "announced", "tweeted");

  private static final Set<String> PLACE_PREPOSITIONS =
      Set.of("in", "near", "across", "outside", "inside", "throughout");

  /**
   * The longest name kept, in words and characters ("Democratic Republic of the Congo", "U.S.
   * Secretary of State Rex Tillerson" are far below): a longer run of capitalized words is a
   * headline, a list of initials or a generated page, and its "name" would swamp the story's.
   */
  static final int MAX_NAME_WORDS = 10;
  static final int MAX_NAME_CHARS = 100;

  private final Lexicon lexicon;

  EntityFinder(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  List<NameMention> find(String text) {
    List<Token> tokens = Tokenizer.tokenize(text);
    List<NameMention> mentions = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if ((i & 8191) == 0) {
        WorkCancelledException.throwIfInterrupted();
      }
      Token token = tokens.get(i);
      if (!isNameWord(token)) {
        i++;
        continue;
      }
      int end = runEnd(tokens, i);
      Token before = i > 0 ? tokens.get(i - 1) : null;
      Token after = end < tokens.size() ? tokens.get(end) : null;
      int found = mentions.size();
      name(tokens.subList(i, end), before, after, mentions);
      mentions.subList(found, mentions.size()).removeIf(EntityFinder::tooLong);
      i = end;
    }
    return mentions;
  }

  private static boolean tooLong(NameMention mention) {
    String name = mention.name();
    if (name.length() > MAX_NAME_CHARS) {
      return true;
    }
    int words = 1;
    for (int i = 0; i < name.length(); i++) {
      words += name.charAt(i) == ' ' ? 1 : 0;
    }
    return words > MAX_NAME_WORDS;
  }

  /** The names in a short piece of text, such as the words around a quotation. */
  List<NameMention> namesIn(String text) {
    return find(text);
  }

  private int runEnd(List<Token> tokens, int start) {
    int j = start;
    while (j < tokens.size()) {
      Token token = tokens.get(j);
      if (j > start && token.lineStart()) {
        break;
      }
      if (isNameWord(token)) {
        j++;
        if (token.possessive() || hasLowerCaseTail(token.text())) {
          break; // "Tillerson's talks", "Moscow-based company"
        }
      } else if (isNumberInName(tokens, j, start)) {
        j++;
        break;
      } else if (j > start && isConnector(tokens.get(j - 1), token)
          && j + 1 < tokens.size()
          && isNameWord(tokens.get(j + 1))
          && !tokens.get(j + 1).lineStart()) {
        j++;
      } else {
        break;
      }
    }
    return j;
  }

  private static boolean isNumberInName(List<Token> tokens, int j, int start) {
    Token token = tokens.get(j);
    return j > start
        && token.word()
        && token.text().length() <= 4
        && CharClass.isDigit(token.text().charAt(0))
        && !token.lineStart()
        && NUMBERED.contains(tokens.get(j - 1).text());
  }

  private boolean isConnector(Token previous, Token token) {
    if (!token.word()) {
      return false;
    }
    if (token.text().equals("of")) {
      String head = previous.text();
      return lexicon.titles.contains(head) || lexicon.organizationWords.contains(head)
          || OF_HEADS.contains(head);
    }
    return PARTICLES.contains(token.text());
  }

  private boolean isNameWord(Token token) {
    if (!token.word()) {
      return false;
    }
    String text = token.text();
    char first = text.charAt(0);
    if (CharClass.isUpperCase(first)) {
      return !MONTHS_AND_DAYS.contains(text);
    }
    int hyphen = text.indexOf('-');
    return hyphen > 0
        && hyphen + 1 < text.length()
        && CharClass.isUpperCase(text.charAt(hyphen + 1))
        && HYPHEN_PARTICLES.contains(text.substring(0, hyphen));
  }

  /** Cuts a run of name words into names and types them. */
  private void name(List<Token> run, Token before, Token after, List<NameMention> out) {
    int from = 0;
    while (from < run.size() && isLeadingNonName(run.get(from))) {
      from++;
    }
    if (from == run.size()) {
      return;
    }
    run = run.subList(from, run.size());
    if (titledPerson(run, before, after, out)) {
      return;
    }
    untitled(run, before, after, out);
  }

  private boolean isLeadingNonName(Token token) {
    String text = token.text();
    boolean acronym = text.length() > 1 && text.equals(text.toUpperCase(Locale.ROOT));
    return lexicon.isNonName(text) && !acronym || PARTICLES.contains(text) || text.equals("of");
  }

  /**
   * "U.S. Secretary of State Rex Tillerson": drops the title block, keeps what follows as a
   * person and what precedes as a name of its own.
   */
  private boolean titledPerson(List<Token> run, Token before, Token after, List<NameMention> out) {
    int k = 0;
    while (k < run.size()) {
      if (!isTitleWord(run.get(k).text())) {
        k++;
        continue;
      }
      int blockEnd = k;
      boolean hasTitle = false;
      while (blockEnd < run.size() && isTitleWord(run.get(blockEnd).text())) {
        String word = run.get(blockEnd).text();
        hasTitle |= lexicon.titles.contains(word) || isPluralTitle(word);
        blockEnd++;
        if (blockEnd + 1 < run.size() && run.get(blockEnd).text().equals("of")) {
          blockEnd += 2; // "Secretary of State"
        }
      }
      if (hasTitle) {
        List<Token> person = run.subList(Math.min(blockEnd, run.size()), run.size());
        if (person.isEmpty()) {
          // "the Prime Minister": no name, but "U.S. President" still names the U.S.
          if (k > 0) {
            untitled(run.subList(0, k), before, null, out);
          }
          return true;
        }
        if (couldBePerson(person)) {
          if (k > 0) {
            untitled(run.subList(0, k), before, null, out);
          }
          String role = join(run.subList(k, Math.min(blockEnd, run.size())));
          Token first = person.get(0);
          Token last = person.get(person.size() - 1);
          out.add(new NameMention(join(person), null, EntityType.PERSON, NameMention.STRONG, role,
              first.start(), last.start() + last.text().length(), false));
          return true;
        }
      }
      k = Math.max(blockEnd, k + 1);
    }
    return false;
  }

  private boolean isTitleWord(String word) {
    return lexicon.titles.contains(word) || lexicon.titleModifiers.contains(word) || isPluralTitle(word);
  }

  /** "Foreign Ministers" name no one. */
  private boolean isPluralTitle(String word) {
    return word.length() > 3 && word.endsWith("s")
        && lexicon.titles.contains(word.substring(0, word.length() - 1));
  }

  /** Rules out "Justice Department" and "Prime Minister Theresa May's Cabinet"-like misreads. */
  private boolean couldBePerson(List<Token> name) {
    String last = name.get(name.size() - 1).text();
    String joined = join(name);
    return !lexicon.organizationWords.contains(last)
        && lexicon.gazetteer.place(joined) == null
        && lexicon.gazetteer.organization(joined) == null
        && !lexicon.isNonName(name.get(0).text());
  }

  private void untitled(List<Token> run, Token before, Token after, List<NameMention> out) {
    String name = join(run);
    Token first = run.get(0);
    Token last = run.get(run.size() - 1);
    int start = first.start();
    int end = last.start() + last.text().length();
    String lastWord = last.text();
    boolean placeSuffix = false;
    if (hasLowerCaseTail(lastWord)) {
      placeSuffix = lastWord.endsWith("-based");
      String head = lastWord.substring(0, lastWord.lastIndexOf('-'));
      name = name.substring(0, name.length() - (lastWord.length() - head.length()));
      end -= lastWord.length() - head.length();
      lastWord = head;
    }

    String place = lexicon.gazetteer.place(name);
    if (place != null) {
      out.add(new NameMention(name, place, EntityType.PLACE, NameMention.STRONG, null, start, end, false));
      return;
    }
    String organization = lexicon.gazetteer.organization(name);
    if (organization != null) {
      out.add(new NameMention(name, organization, EntityType.ORGANIZATION, NameMention.STRONG, null, start, end, false));
      return;
    }
    if (run.size() == 1) {
      if (lexicon.demonyms.contains(name)) {
        return;
      }
      if (splitHyphenatedPlaces(name, start, out)) {
        return;
      }
    } else if (lexicon.demonyms.contains(first.text())) {
      // "Northern Syria" counts for Syria; "Russian Foreign Ministry" stays whole below
      String rest = name.substring(first.text().length() + 1);
      String restPlace = lexicon.gazetteer.place(rest);
      if (restPlace != null) {
        int restStart = run.get(1).start();
        out.add(new NameMention(rest, restPlace, EntityType.PLACE, NameMention.STRONG, null, restStart, end, false));
        return;
      }
    }
    if (isAllCaps(name)) {
      if (run.size() == 1 && letters(name) >= 2 && letters(name) <= 5) {
        out.add(new NameMention(name, null, EntityType.ORGANIZATION, NameMention.STRONG, null, start, end, false));
      }
      return; // longer shouting is a headline or a label, not a name
    }

    EntityType type = EntityType.OTHER;
    int strength = 0;
    if (lexicon.organizationWords.contains(lastWord) || hasOrganizationWordBeforeOf(run)) {
      type = EntityType.ORGANIZATION;
      strength = NameMention.STRONG;
    } else if (run.size() > 1
        && (lexicon.placeWords.contains(first.text()) || lexicon.placeWords.contains(lastWord))) {
      type = EntityType.PLACE;
      strength = NameMention.MEDIUM;
    } else if (run.size() > 1 && lexicon.firstNames.contains(first.text())) {
      type = EntityType.PERSON;
      strength = NameMention.MEDIUM;
    } else if (isSpeechVerb(after) || isSpeechVerb(before) && !last.possessive()) {
      type = EntityType.PERSON;
      strength = NameMention.WEAK;
    } else if (placeSuffix || isPlacePreposition(before) && !last.possessive()) {
      // not "implicated in Garzon's probe"
      type = EntityType.PLACE;
      strength = NameMention.WEAK;
    }
    boolean doubtful = run.size() == 1 && first.sentenceStart() && strength == 0;
    out.add(new NameMention(name, null, type, strength, null, start, end, doubtful));
  }

  /** "Bank of England", "Westmarch Chamber of Commerce". */
  private boolean hasOrganizationWordBeforeOf(List<Token> run) {
    for (int i = 0; i + 1 < run.size(); i++) {
      if (run.get(i + 1).text().equals("of") && lexicon.organizationWords.contains(run.get(i).text())) {
        return true;
      }
    }
    return false;
  }

  /** "U.S.-Russia" or "Russia-Ukraine" talks name two places. */
  private boolean splitHyphenatedPlaces(String word, int start, List<NameMention> out) {
    if (word.indexOf('-') < 0) {
      return false;
    }
    String[] parts = word.split("-");
    List<NameMention> places = new ArrayList<>(parts.length);
    int offset = start;
    for (String part : parts) {
      String place = lexicon.gazetteer.place(part);
      if (place == null) {
        return false;
      }
      places.add(new NameMention(part, place, EntityType.PLACE, NameMention.STRONG, null, offset, offset + part.length(), false));
      offset += part.length() + 1;
    }
    out.addAll(places);
    return true;
  }

  private static boolean isSpeechVerb(Token token) {
    return token != null && token.word() && SPEECH_VERBS.contains(token.text());
  }

  private static boolean isPlacePreposition(Token token) {
    return token != null && token.word() && PLACE_PREPOSITIONS.contains(token.text());
  }

  /** "Moscow-based", "Kremlin-backed": a name with a lower-case word hyphened on. */
  private static boolean hasLowerCaseTail(String word) {
    int hyphen = word.lastIndexOf('-');
    return hyphen > 0
        && hyphen + 1 < word.length()
        && Character.isLowerCase(word.charAt(hyphen + 1))
        && CharClass.isUpperCase(word.charAt(0));
  }

  private static boolean isAllCaps(String name) {
    boolean letter = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letter |= CharClass.isLetter(c);
    }
    return letter;
  }

  private static int letters(String name) {
    int count = 0;
    for (int i = 0; i < name.length(); i++) {
      if (CharClass.isLetter(name.charAt(i))) {
        count++;
      }
    }
    return count;
  }

  private static String join(List<Token> tokens) {
    if (tokens.size() == 1) {
      return tokens.get(0).text();
    }
    StringBuilder out = new StringBuilder();
    for (Token token : tokens) {
      if (!out.isEmpty()) {
        out.append(' ');
      }
      out.append(token.text());
    }
    return out.toString();
  }
}
