#ifndef PATHWAYS_CVIPS_SHIM_H
#define PATHWAYS_CVIPS_SHIM_H
#include <vips/vips.h>

/* libvips' operations take their optional arguments as a NULL-terminated
 * variadic list, which Swift cannot call. Each wrapper below fixes the
 * options Pathways uses and passes them by name. */

/* Opens an image lazily (header only until pixels are read); `loader` is a
 * libvips operation name such as "jpegload_buffer"; truncated or damaged
 * data fails instead of being padded with grey. */
static inline int pathways_vips_load_buffer(const char *loader, const void *buf, size_t len, VipsImage **out) {
    VipsBlob *blob = vips_blob_copy(buf, len);
    int result = vips_call(loader, blob, out, "access", VIPS_ACCESS_SEQUENTIAL, "fail_on", VIPS_FAIL_ON_ERROR, NULL);
    vips_area_unref(VIPS_AREA(blob));
    return result;
}

/* Decodes, applies the EXIF orientation, converts to sRGB and shrinks to
 * at most `width` pixels wide, never enlarging. */
static inline int pathways_vips_thumbnail_buffer(const void *buf, size_t len, int width, VipsImage **out) {
    return vips_thumbnail_buffer((void *)buf, len, out, width,
        "height", VIPS_MAX_COORD, "size", VIPS_SIZE_DOWN,
        "option_string", "fail_on=error", NULL);
}

/* Decodes, applies the EXIF orientation and fills `width` x `height`,
 * cropping the least interesting part away. */
static inline int pathways_vips_thumbnail_crop_buffer(const void *buf, size_t len, int width, int height, VipsImage **out) {
    return vips_thumbnail_buffer((void *)buf, len, out, width,
        "height", height, "crop", VIPS_INTERESTING_ATTENTION,
        "option_string", "fail_on=error", NULL);
}

/* Shrinks an image that is already upright and sRGB to `width` pixels wide. */
static inline int pathways_vips_thumbnail_image(VipsImage *in, int width, VipsImage **out) {
    return vips_thumbnail_image(in, out, width, "height", VIPS_MAX_COORD, "size", VIPS_SIZE_DOWN, NULL);
}

static inline int pathways_vips_colourspace_srgb(VipsImage *in, VipsImage **out) {
    return vips_colourspace(in, out, VIPS_INTERPRETATION_sRGB, NULL);
}

static inline int pathways_vips_flatten_white(VipsImage *in, VipsImage **out) {
    double white[3] = {255, 255, 255};
    VipsArrayDouble *background = vips_array_double_new(white, 3);
    int result = vips_flatten(in, out, "background", background, NULL);
    vips_area_unref(VIPS_AREA(background));
    return result;
}

/* A new image holding only the pixels of `in`: no EXIF, XMP, IPTC, ICC
 * profile, orientation or any other field. libvips 8.14.1's webpsave
 * ignores `strip` and writes EXIF back, so savers only ever see this. */
static inline int pathways_vips_pixels_only(VipsImage *in, VipsImage **out) {
    size_t size = 0;
    void *pixels = vips_image_write_to_memory(in, &size);
    if (!pixels) return -1;
    *out = vips_image_new_from_memory_copy(pixels, size, in->Xsize, in->Ysize, in->Bands, in->BandFmt);
    g_free(pixels);
    if (!*out) return -1;
    (*out)->Type = in->Type;
    return 0;
}

/* Savers: `strip` drops every piece of metadata (EXIF, XMP, IPTC, ICC,
 * comments, embedded thumbnails); libvips 8.14 has no finer `keep`. */
static inline int pathways_vips_jpegsave_buffer(VipsImage *in, int quality, void **buf, size_t *len) {
    return vips_jpegsave_buffer(in, buf, len, "Q", quality, "strip", TRUE,
        "optimize_coding", TRUE, "interlace", TRUE, NULL);
}

static inline int pathways_vips_webpsave_buffer(VipsImage *in, int quality, void **buf, size_t *len) {
    return vips_webpsave_buffer(in, buf, len, "Q", quality, "strip", TRUE, "effort", 4, NULL);
}

static inline int pathways_vips_pngsave_buffer(VipsImage *in, void **buf, size_t *len) {
    return vips_pngsave_buffer(in, buf, len, "strip", TRUE, "compression", 9, NULL);
}

/* A one-band mask of `markup` (Pango markup) in `font`, wrapped at `width`;
 * when `height` is above zero the text is scaled to fit width x height. */
static inline int pathways_vips_text(const char *markup, const char *font, int width, int height, int align, VipsImage **out) {
    if (height > 0)
        return vips_text(out, markup, "font", font, "width", width, "height", height,
            "align", (VipsAlign)align, "wrap", VIPS_TEXT_WRAP_WORD_CHAR, NULL);
    return vips_text(out, markup, "font", font, "width", width,
        "align", (VipsAlign)align, "wrap", VIPS_TEXT_WRAP_WORD_CHAR, NULL);
}

/* A width x height image of one sRGB colour. */
static inline int pathways_vips_solid(int width, int height, double red, double green, double blue, VipsImage **out) {
    VipsImage *black = NULL;
    VipsImage *coloured = NULL;
    double zero[3] = {0, 0, 0};
    double colour[3] = {red, green, blue};
    if (vips_black(&black, width, height, "bands", 3, NULL)) return -1;
    int failed = vips_linear(black, &coloured, zero, colour, 3, NULL);
    g_object_unref(black);
    if (failed) return -1;
    failed = vips_cast_uchar(coloured, out, NULL);
    g_object_unref(coloured);
    if (failed) return -1;
    (*out)->Type = VIPS_INTERPRETATION_sRGB;
    return 0;
}

/* A width x height one-band mask, fully on. */
static inline int pathways_vips_full_mask(int width, int height, VipsImage **out) {
    VipsImage *black = NULL;
    if (vips_black(&black, width, height, NULL)) return -1;
    int failed = vips_invert(black, out, NULL);
    g_object_unref(black);
    return failed;
}

/* Paints `colour` onto `base` through `mask` (0 keeps base, 255 is colour). */
static inline int pathways_vips_paint(VipsImage *base, VipsImage *mask, int x, int y, double red, double green, double blue, VipsImage **out) {
    VipsImage *placed = NULL;
    VipsImage *ink = NULL;
    if (vips_embed(mask, &placed, x, y, base->Xsize, base->Ysize, NULL)) return -1;
    if (pathways_vips_solid(base->Xsize, base->Ysize, red, green, blue, &ink)) { g_object_unref(placed); return -1; }
    int failed = vips_ifthenelse(placed, ink, base, out, "blend", TRUE, NULL);
    g_object_unref(placed);
    g_object_unref(ink);
    return failed;
}

static inline int pathways_vips_svgload_buffer(const void *buf, size_t len, double scale, VipsImage **out) {
    return vips_svgload_buffer((void *)buf, len, out, "scale", scale, NULL);
}

/* Saves with the saver and options a suffix names (".jpg[Q=90]"), keeping
 * metadata; tests use it to build pictures that carry EXIF. */
static inline int pathways_vips_save_buffer_keeping_metadata(VipsImage *in, const char *suffix, void **buf, size_t *len) {
    return vips_image_write_to_buffer(in, suffix, buf, len, NULL);
}

/* Opens any format libvips trusts, picking the loader from the bytes. */
static inline VipsImage *pathways_vips_load_any_buffer(const void *buf, size_t len) {
    return vips_image_new_from_buffer(buf, len, "", NULL);
}

#endif
