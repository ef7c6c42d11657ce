package dev.precis.facts;

/** What kind of thing an {@link Entity} names. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  PLACE,
  /** A name with no cue to its kind: an event, a product, a building, or a kind we got wrong. */
  OTHER
}
