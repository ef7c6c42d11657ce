package dev.precis.eval.rouge;

/**
 * One metric over a corpus, as ROUGE-1.5.5 reports it.
 *
 * @param average what 1.5.5 prints as Average_R/P/F: the mean of the bootstrap sample means
 * @param lower lower end of the bootstrap confidence interval
 * @param upper upper end of the bootstrap confidence interval
 * @param mean the plain mean of the per-topic scores (1.5.5 computes but does not print it)
 */
public record RougeAverage(RougeScore average, RougeScore lower, RougeScore upper,
    RougeScore mean) {}
