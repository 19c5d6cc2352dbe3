package org.roundtable.board.ui;

/**
 * A part of a screen that redraws itself from the services when the event's log moves on. The
 * screen calls {@link #refresh()} from its live follow, on the UI thread; a part keeps what is
 * unchanged (an open dialog, typed text, the scroll position).
 */
interface LivePart {

    void refresh();
}
