package org.roundtable.board.ui;

import com.vaadin.flow.server.VaadinServletRequest;
import org.roundtable.access.AccessProperties;

/** The address people open to join: the configured public URL, or the one this page came from. */
final class JoinLink {

    private JoinLink() {
    }

    static String forCode(AccessProperties access, String displayCode) {
        return baseUrl(access) + "/join/" + displayCode;
    }

    static String baseUrl(AccessProperties access) {
        if (access.publicUrl() != null) {
            return access.publicUrl().replaceAll("/+$", "");
        }
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "";
        }
        var http = request.getHttpServletRequest();
        String url = http.getScheme() + "://" + http.getServerName();
        boolean defaultPort = ("http".equals(http.getScheme()) && http.getServerPort() == 80)
                || ("https".equals(http.getScheme()) && http.getServerPort() == 443);
        return (defaultPort ? url : url + ":" + http.getServerPort()) + http.getContextPath();
    }
}
