package io.github.helpdeskfaq.mirror;

/**
 * Told how a publish goes ({@link Publisher#publish}), for a display of its progress. Called on the thread that
 * publishes. Every method does nothing by default; one that throws ends the publish as a failure of the helpdesk
 * would: what was written stays written, and the next publish finds it so.
 */
public interface PublishListener {

  /** The listener that does nothing. */
  PublishListener NONE = new PublishListener() {};

  /**
   * The plan is made; nothing is written yet.
   *
   * @param plan what the publish is to write
   */
  default void planned(PublishPlan plan) {}

  /**
   * A change was written, or, for a page whose FAQ an interrupted publish made, taken into the mirror.
   *
   * @param change the change
   * @param done how many of the plan's changes to write are done, this one included
   * @param total how many there are
   */
  default void written(PublishPlan.Change change, int done, int total) {}
}
