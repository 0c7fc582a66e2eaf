/** The {@code feedbackkit} command line, built on FeedbackKit's public API only. */
package io.github.feedbackkit.examples.cli;
