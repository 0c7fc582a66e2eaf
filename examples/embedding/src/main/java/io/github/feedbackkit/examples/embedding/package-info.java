/**
 * The README's embedding example as a real class, compiled with the rest of the build. Its tests
 * keep the README's copy identical, compiling and running.
 */
package io.github.feedbackkit.examples.embedding;
