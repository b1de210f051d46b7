package dev.annota.web.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/** The demo's uploaded street scene: a parking lot seen from above, drawn with Java2D (no image file shipped). */
final class ParkingLotPicture {

    static final int WIDTH = 640;
    static final int HEIGHT = 400;

    private ParkingLotPicture() {
    }

    static byte[] png() {
        var image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(0x5b6167));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(new Color(0x7fa36b)); // a verge of grass along the top
            g.fillRect(0, 0, WIDTH, 48);
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(3));
            for (int x = 40; x <= 600; x += 80) { // parking bays
                g.drawLine(x, 70, x, 190);
                g.drawLine(x, 250, x, 370);
            }
            Color[] cars = {new Color(0xc0392b), new Color(0x2e86c1), new Color(0xf4d03f), new Color(0x1c2833), new Color(0xecf0f1)};
            int[][] parked = {{48, 84, 0}, {208, 80, 1}, {288, 86, 2}, {448, 262, 3}, {128, 258, 4}, {528, 82, 1}};
            for (int[] car : parked) {
                g.setColor(cars[car[2]]);
                g.fillRoundRect(car[0], car[1], 64, 96, 14, 14);
                g.setColor(new Color(0x85c1e9)); // windscreen
                g.fillRoundRect(car[0] + 8, car[1] + 14, 48, 18, 6, 6);
            }
            g.setColor(new Color(0xe67e22)); // a pedestrian crossing the lane
            g.fillOval(330, 205, 18, 18);
            g.fillRect(332, 222, 14, 22);
        } finally {
            g.dispose();
        }
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
