/** FeedbackKit rules: the public API of this module. Everything under {@code .internal} is private. */
package io.github.feedbackkit.rules;
