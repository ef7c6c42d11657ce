/**
 * The input layer: files, directories, standard input, HTML pages and JSON turned into {@link
 * dev.precis.text.Article} records.
 *
 * <p>{@link dev.precis.read.ArticleReader} is the one entry point; everything else here is a
 * package-private helper with one job (decoding bytes, spotting binaries, parsing one format).
 * Every problem with the user's input surfaces as a {@link dev.precis.PrecisException} whose
 * message names the file, so front ends can print it as it is.
 */
package dev.precis.read;
