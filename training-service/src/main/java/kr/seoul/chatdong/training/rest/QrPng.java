package kr.seoul.chatdong.training.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** A QR code of a text (a check-in URL) as a PNG, with ZXing: error correction M, a quiet zone of 2 modules. */
final class QrPng {

    static final String MEDIA_TYPE = "image/png";
    static final int SIZE = 320;

    private QrPng() {}

    static byte[] of(String text) {
        try {
            var matrix = new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            SIZE,
                            SIZE,
                            Map.of(
                                    EncodeHintType.ERROR_CORRECTION,
                                    ErrorCorrectionLevel.M,
                                    EncodeHintType.MARGIN,
                                    2,
                                    EncodeHintType.CHARACTER_SET,
                                    "UTF-8"));
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", png);
            return png.toByteArray();
        } catch (WriterException e) {
            throw new IllegalStateException("a check-in URL fits a QR code", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
