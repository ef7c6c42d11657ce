package dev.precis.facts;

import java.util.List;
import java.util.Objects;

/**
 * A person, organization or place the story's articles name.
 *
 * @param name the fullest form the story uses, without titles ("Rex Tillerson", not "Tillerson"
 *     or "Secretary of State Rex Tillerson")
 * @param type what kind of thing it is, from cues in the text
 * @param mentions how many times the articles name it, counting short forms and aliases
 * @param articleIds ids of the articles that name it, in story order
 */
public record Entity(String name, EntityType type, int mentions, List<String> articleIds) {

  public Entity {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    articleIds = List.copyOf(articleIds);
  }
}
