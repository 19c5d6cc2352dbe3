/**
 * The record of a learning event: the note-taker's running record, and the export a review
 * report is written from (Word, PDF, Markdown and a complete JSON archive), anonymised.
 */
@NullMarked
package org.roundtable.record;

import org.jspecify.annotations.NullMarked;
