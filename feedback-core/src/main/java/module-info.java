/**
 * FeedbackKit core: the immutable feedback model and its validation.
 *
 * <p>Entry points: {@link io.github.feedbackkit.core.Feedback#builder()} and {@link
 * io.github.feedbackkit.core.FeedbackValidator#standard()}.
 */
module io.github.feedbackkit.core {
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  requires static org.immutables.value;

  exports io.github.feedbackkit.core;

  opens io.github.feedbackkit.core to
      org.hibernate.validator;
  opens io.github.feedbackkit.core.internal to
      org.hibernate.validator;
}
