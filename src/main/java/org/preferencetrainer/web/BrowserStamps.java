package org.preferencetrainer.web;

import org.preferencetrainer.report.Stamps;
import org.preferencetrainer.report.Uuid;

/** Statement ids from the browser's cryptographic generator, and its clock. */
final class BrowserStamps implements Stamps {
    @Override
    public String newId() {
        String hex = Page.randomHex();
        byte[] bytes = new byte[16];
        for (int i = 0; i < 16; i++) {
            bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return Uuid.fromBytes(bytes);
    }

    @Override
    public long now() {
        return (long) Page.now();
    }

    @Override
    public int offsetMinutes() {
        return Page.offsetMinutes();
    }
}
