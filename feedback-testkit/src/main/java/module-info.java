/**
 * FeedbackKit testkit: seeded generators of valid, invalid and hostile feedback documents.
 *
 * <p>Entry point: {@link io.github.feedbackkit.testkit.FeedbackGenerators#realistic()}.
 */
module io.github.feedbackkit.testkit {
  requires transitive io.github.feedbackkit.core;
  requires transitive io.github.feedbackkit.rules;
  requires static quicktheories;

  exports io.github.feedbackkit.testkit;
}
