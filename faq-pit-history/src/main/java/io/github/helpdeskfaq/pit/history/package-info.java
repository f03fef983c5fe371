/**
 * PIT's incremental history for this project's {@code mutation} profile: a rerun reuses each mutant's earlier result
 * when nothing that decided it has changed, and analyses the rest. The rules are {@link ProjectHistory}'s;
 * {@code docs/testing.md} says how to run it.
 */
package io.github.helpdeskfaq.pit.history;
