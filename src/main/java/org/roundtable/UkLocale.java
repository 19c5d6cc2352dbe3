package org.roundtable;

import java.util.Locale;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Every screen reads and writes dates the UK way (03/04/2019 is 3 April), whatever locale the
 * server runs with. Welsh comes with the languages issue.
 */
@Component
class UkLocale implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(Locale.UK));
    }
}
