/**
 * The evaluation form at the close of a learning event: its questions, the participants' answers
 * and the facilitator's live results, with CSV and PDF files of them.
 */
@NullMarked
package org.roundtable.evaluation;

import org.jspecify.annotations.NullMarked;
