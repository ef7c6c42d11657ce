/**
 * The output layer: summaries, digests and verifications written as plain text, Markdown, JSON
 * or a self-contained HTML page ({@link dev.precis.render.SummaryFormat}).
 *
 * <p>One writer per kind of result: {@link dev.precis.render.SummaryWriter}, {@link
 * dev.precis.render.DigestWriter} and {@link dev.precis.render.VerificationWriter}. Each is a
 * pure function of its result and the format, byte for byte the same for the same input; the JSON
 * form is the one the HTTP service answers. Reading input is {@link dev.precis.read}'s job.
 */
package dev.precis.render;
