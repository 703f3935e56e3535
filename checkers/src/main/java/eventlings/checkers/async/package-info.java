/**
 * Code under test on threads of its own: {@link eventlings.checkers.async.BackgroundWork} runs it and fails a goal
 * at once, with the very exception, when it breaks, instead of a silent timeout.
 */
package eventlings.checkers.async;
