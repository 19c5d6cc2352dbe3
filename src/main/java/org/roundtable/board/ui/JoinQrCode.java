package org.roundtable.board.ui;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Image;
import org.roundtable.shared.Texts;

/** The join link as a QR code, drawn as SVG so it stays sharp on a projector. */
final class JoinQrCode {

    private JoinQrCode() {
    }

    static Image of(String link) {
        UI ui = UI.getCurrent();
        Image image = new Image(svgDataUrl(link), Texts.get(ui == null ? Texts.ENGLISH : ui.getLocale(),
                "board.join.qr-code", link));
        image.addClassName("rt-qr");
        return image;
    }

    static String svgDataUrl(String text) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot draw a QR code for this link", e);
        }
        int size = matrix.getWidth();
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < size; x++) {
                if (matrix.get(x, y)) {
                    path.append('M').append(x).append(',').append(y).append("h1v1h-1z");
                }
            }
        }
        // not text: SVG markup
        String svg = "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 " + size + " " + matrix.getHeight()
                + "' shape-rendering='crispEdges'><rect width='100%' height='100%' fill='#fff'/><path fill='#000' d='"
                + path + "'/></svg>";
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
    }
}
