package dev.precis.read;

/**
 * One feed listed in an OPML file, as read by {@link ArticleReader#readOpml}.
 *
 * @param title the outline's title or text, or null
 * @param xmlUrl where the feed is: an http(s) address, or a path relative to the OPML file
 */
public record FeedOutline(String title, String xmlUrl) {}
