#ifndef PATHWAYS_CVIPS_SHIM_H
#define PATHWAYS_CVIPS_SHIM_H
#include <vips/vips.h>
#include <dlfcn.h>

/* libvips is opened on first use, not linked: with the hundred libraries it
 * loads (codecs, Pango, Cairo, FFTW...) it adds about 20 MB of resident
 * memory and 60 ms to every start of the program, and most builds process
 * no picture at all. Only glib and gobject, which it shares with us, are
 * linked. Every libvips function Pathways calls is listed here, checked
 * when the library is opened, and called through the wrappers below, which
 * look it up; nothing else may call a libvips function by name (the linker
 * would refuse it). */
#define PATHWAYS_VIPS_FUNCTIONS(X) \
    X(vips_init) X(vips_block_untrusted_set) X(vips_cache_set_max) X(vips_error_buffer) \
    X(vips_error_buffer_copy) X(vips_type_find) X(vips_call) X(vips_blob_copy) X(vips_area_unref) \
    X(vips_thumbnail_buffer) X(vips_thumbnail_image) X(vips_colourspace) X(vips_array_double_new) \
    X(vips_flatten) X(vips_image_write_to_memory) X(vips_image_new_from_memory_copy) \
    X(vips_jpegsave_buffer) X(vips_webpsave_buffer) X(vips_pngsave_buffer) X(vips_text) X(vips_black) \
    X(vips_linear) X(vips_cast_uchar) X(vips_invert) X(vips_embed) X(vips_ifthenelse) \
    X(vips_svgload_buffer) X(vips_image_write_to_buffer) X(vips_image_new_from_buffer) \
    X(vips_image_get_width) X(vips_image_get_height) X(vips_image_hasalpha) \
    X(vips_image_get_orientation_swap) X(vips_image_copy_memory) X(vips_image_get_interpretation) \
    X(vips_image_get_format) X(vips_image_set_int) X(vips_image_get_fields) X(vips_image_get_bands)

/* Opens libvips (once is enough; again costs nothing) and checks that it has
 * every function listed: NULL when it does, else what is wrong. Nothing is
 * kept here: the header is compiled into each module that uses it, so a
 * table kept in it would be one table per module. */
static inline const char *pathways_vips_open(void) {
    /* The soname on Linux, then macOS's, then Homebrew's folders on macOS. */
    static const char *const names[] = {
        "libvips.so.42", "libvips.42.dylib", "/opt/homebrew/lib/libvips.42.dylib", "/usr/local/lib/libvips.42.dylib"
    };
    void *library = NULL;
    for (size_t index = 0; index < sizeof names / sizeof names[0] && !library; index++)
        library = dlopen(names[index], RTLD_NOW | RTLD_GLOBAL);
    if (!library) return "libvips 8 (libvips.so.42) is not installed; on Debian: apt-get install libvips42";
#define PATHWAYS_VIPS_CHECK(name) if (!dlsym(library, #name)) return "the installed libvips has no " #name;
    PATHWAYS_VIPS_FUNCTIONS(PATHWAYS_VIPS_CHECK)
#undef PATHWAYS_VIPS_CHECK
    return NULL;
}

/* A libvips function, found among the loaded libraries (libvips is opened
 * with RTLD_GLOBAL). Call it only once VipsRuntime.start, which opens and
 * checks libvips, has succeeded. */
#define PATHWAYS_VIPS(name) ((__typeof__(name) *)dlsym(RTLD_DEFAULT, #name))

/* The functions Swift calls directly, each looked up. */
static inline int pathways_vips_init(const char *name) { return PATHWAYS_VIPS(vips_init)(name); }
static inline void pathways_vips_block_untrusted_set(int state) { PATHWAYS_VIPS(vips_block_untrusted_set)(state); }
static inline void pathways_vips_cache_set_max(int max) { PATHWAYS_VIPS(vips_cache_set_max)(max); }
static inline const char *pathways_vips_error_buffer(void) { return PATHWAYS_VIPS(vips_error_buffer)(); }
static inline char *pathways_vips_error_buffer_copy(void) { return PATHWAYS_VIPS(vips_error_buffer_copy)(); }
static inline GType pathways_vips_type_find(const char *base, const char *name) { return PATHWAYS_VIPS(vips_type_find)(base, name); }
static inline int pathways_vips_image_get_width(const VipsImage *image) { return PATHWAYS_VIPS(vips_image_get_width)(image); }
static inline int pathways_vips_image_get_height(const VipsImage *image) { return PATHWAYS_VIPS(vips_image_get_height)(image); }
static inline gboolean pathways_vips_image_hasalpha(VipsImage *image) { return PATHWAYS_VIPS(vips_image_hasalpha)(image); }
static inline gboolean pathways_vips_image_get_orientation_swap(VipsImage *image) { return PATHWAYS_VIPS(vips_image_get_orientation_swap)(image); }
static inline VipsImage *pathways_vips_image_copy_memory(VipsImage *image) { return PATHWAYS_VIPS(vips_image_copy_memory)(image); }
static inline VipsInterpretation pathways_vips_image_get_interpretation(const VipsImage *image) { return PATHWAYS_VIPS(vips_image_get_interpretation)(image); }
static inline VipsBandFormat pathways_vips_image_get_format(const VipsImage *image) { return PATHWAYS_VIPS(vips_image_get_format)(image); }
static inline void pathways_vips_image_set_int(VipsImage *image, const char *name, int value) { PATHWAYS_VIPS(vips_image_set_int)(image, name, value); }
static inline int pathways_vips_image_get_bands(const VipsImage *image) { return PATHWAYS_VIPS(vips_image_get_bands)(image); }
static inline gchar **pathways_vips_image_get_fields(VipsImage *image) { return PATHWAYS_VIPS(vips_image_get_fields)(image); }
static inline void *pathways_vips_image_write_to_memory(VipsImage *image, size_t *size) { return PATHWAYS_VIPS(vips_image_write_to_memory)(image, size); }
static inline VipsImage *pathways_vips_image_new_from_memory_copy(const void *data, size_t size, int width, int height, int bands, VipsBandFormat format) {
    return PATHWAYS_VIPS(vips_image_new_from_memory_copy)(data, size, width, height, bands, format);
}

/* libvips' operations take their optional arguments as a NULL-terminated
 * variadic list, which Swift cannot call. Each wrapper below fixes the
 * options Pathways uses and passes them by name. */

/* Opens an image lazily (header only until pixels are read); `loader` is a
 * libvips operation name such as "jpegload_buffer"; truncated or damaged
 * data fails instead of being padded with grey. */
static inline int pathways_vips_load_buffer(const char *loader, const void *buf, size_t len, VipsImage **out) {
    VipsBlob *blob = PATHWAYS_VIPS(vips_blob_copy)(buf, len);
    int result = PATHWAYS_VIPS(vips_call)(loader, blob, out, "access", VIPS_ACCESS_SEQUENTIAL, "fail_on", VIPS_FAIL_ON_ERROR, NULL);
    PATHWAYS_VIPS(vips_area_unref)(VIPS_AREA(blob));
    return result;
}

/* Decodes, applies the EXIF orientation, converts to sRGB and shrinks to
 * at most `width` pixels wide, never enlarging. */
static inline int pathways_vips_thumbnail_buffer(const void *buf, size_t len, int width, VipsImage **out) {
    return PATHWAYS_VIPS(vips_thumbnail_buffer)((void *)buf, len, out, width,
        "height", VIPS_MAX_COORD, "size", VIPS_SIZE_DOWN,
        "option_string", "fail_on=error", NULL);
}

/* Decodes, applies the EXIF orientation and fills `width` x `height`,
 * cropping the least interesting part away. */
static inline int pathways_vips_thumbnail_crop_buffer(const void *buf, size_t len, int width, int height, VipsImage **out) {
    return PATHWAYS_VIPS(vips_thumbnail_buffer)((void *)buf, len, out, width,
        "height", height, "crop", VIPS_INTERESTING_ATTENTION,
        "option_string", "fail_on=error", NULL);
}

/* Shrinks an image that is already upright and sRGB to `width` pixels wide. */
static inline int pathways_vips_thumbnail_image(VipsImage *in, int width, VipsImage **out) {
    return PATHWAYS_VIPS(vips_thumbnail_image)(in, out, width, "height", VIPS_MAX_COORD, "size", VIPS_SIZE_DOWN, NULL);
}

static inline int pathways_vips_colourspace_srgb(VipsImage *in, VipsImage **out) {
    return PATHWAYS_VIPS(vips_colourspace)(in, out, VIPS_INTERPRETATION_sRGB, NULL);
}

static inline int pathways_vips_flatten_white(VipsImage *in, VipsImage **out) {
    double white[3] = {255, 255, 255};
    VipsArrayDouble *background = PATHWAYS_VIPS(vips_array_double_new)(white, 3);
    int result = PATHWAYS_VIPS(vips_flatten)(in, out, "background", background, NULL);
    PATHWAYS_VIPS(vips_area_unref)(VIPS_AREA(background));
    return result;
}

/* A new image holding only the pixels of `in`: no EXIF, XMP, IPTC, ICC
 * profile, orientation or any other field. libvips 8.14.1's webpsave
 * ignores `strip` and writes EXIF back, so savers only ever see this. */
static inline int pathways_vips_pixels_only(VipsImage *in, VipsImage **out) {
    size_t size = 0;
    void *pixels = PATHWAYS_VIPS(vips_image_write_to_memory)(in, &size);
    if (!pixels) return -1;
    *out = PATHWAYS_VIPS(vips_image_new_from_memory_copy)(pixels, size, in->Xsize, in->Ysize, in->Bands, in->BandFmt);
    g_free(pixels);
    if (!*out) return -1;
    (*out)->Type = in->Type;
    return 0;
}

/* Savers: `strip` drops every piece of metadata (EXIF, XMP, IPTC, ICC,
 * comments, embedded thumbnails); libvips 8.14 has no finer `keep`. */
static inline int pathways_vips_jpegsave_buffer(VipsImage *in, int quality, void **buf, size_t *len) {
    return PATHWAYS_VIPS(vips_jpegsave_buffer)(in, buf, len, "Q", quality, "strip", TRUE,
        "optimize_coding", TRUE, "interlace", TRUE, NULL);
}

static inline int pathways_vips_webpsave_buffer(VipsImage *in, int quality, void **buf, size_t *len) {
    return PATHWAYS_VIPS(vips_webpsave_buffer)(in, buf, len, "Q", quality, "strip", TRUE, "effort", 4, NULL);
}

static inline int pathways_vips_pngsave_buffer(VipsImage *in, void **buf, size_t *len) {
    return PATHWAYS_VIPS(vips_pngsave_buffer)(in, buf, len, "strip", TRUE, "compression", 9, NULL);
}

/* A one-band mask of `markup` (Pango markup) in `font`, wrapped at `width`;
 * when `height` is above zero the text is scaled to fit width x height. */
static inline int pathways_vips_text(const char *markup, const char *font, int width, int height, int align, VipsImage **out) {
    if (height > 0)
        return PATHWAYS_VIPS(vips_text)(out, markup, "font", font, "width", width, "height", height,
            "align", (VipsAlign)align, "wrap", VIPS_TEXT_WRAP_WORD_CHAR, NULL);
    return PATHWAYS_VIPS(vips_text)(out, markup, "font", font, "width", width,
        "align", (VipsAlign)align, "wrap", VIPS_TEXT_WRAP_WORD_CHAR, NULL);
}

/* A width x height image of one sRGB colour. */
static inline int pathways_vips_solid(int width, int height, double red, double green, double blue, VipsImage **out) {
    VipsImage *black = NULL;
    VipsImage *coloured = NULL;
    double zero[3] = {0, 0, 0};
    double colour[3] = {red, green, blue};
    if (PATHWAYS_VIPS(vips_black)(&black, width, height, "bands", 3, NULL)) return -1;
    int failed = PATHWAYS_VIPS(vips_linear)(black, &coloured, zero, colour, 3, NULL);
    g_object_unref(black);
    if (failed) return -1;
    failed = PATHWAYS_VIPS(vips_cast_uchar)(coloured, out, NULL);
    g_object_unref(coloured);
    if (failed) return -1;
    (*out)->Type = VIPS_INTERPRETATION_sRGB;
    return 0;
}

/* A width x height one-band mask, fully on. */
static inline int pathways_vips_full_mask(int width, int height, VipsImage **out) {
    VipsImage *black = NULL;
    if (PATHWAYS_VIPS(vips_black)(&black, width, height, NULL)) return -1;
    int failed = PATHWAYS_VIPS(vips_invert)(black, out, NULL);
    g_object_unref(black);
    return failed;
}

/* Paints `colour` onto `base` through `mask` (0 keeps base, 255 is colour). */
static inline int pathways_vips_paint(VipsImage *base, VipsImage *mask, int x, int y, double red, double green, double blue, VipsImage **out) {
    VipsImage *placed = NULL;
    VipsImage *ink = NULL;
    if (PATHWAYS_VIPS(vips_embed)(mask, &placed, x, y, base->Xsize, base->Ysize, NULL)) return -1;
    if (pathways_vips_solid(base->Xsize, base->Ysize, red, green, blue, &ink)) { g_object_unref(placed); return -1; }
    int failed = PATHWAYS_VIPS(vips_ifthenelse)(placed, ink, base, out, "blend", TRUE, NULL);
    g_object_unref(placed);
    g_object_unref(ink);
    return failed;
}

static inline int pathways_vips_svgload_buffer(const void *buf, size_t len, double scale, VipsImage **out) {
    return PATHWAYS_VIPS(vips_svgload_buffer)((void *)buf, len, out, "scale", scale, NULL);
}

/* Saves with the saver and options a suffix names (".jpg[Q=90]"), keeping
 * metadata; tests use it to build pictures that carry EXIF. */
static inline int pathways_vips_save_buffer_keeping_metadata(VipsImage *in, const char *suffix, void **buf, size_t *len) {
    return PATHWAYS_VIPS(vips_image_write_to_buffer)(in, suffix, buf, len, NULL);
}

/* Opens any format libvips trusts, picking the loader from the bytes. */
static inline VipsImage *pathways_vips_load_any_buffer(const void *buf, size_t len) {
    return PATHWAYS_VIPS(vips_image_new_from_buffer)(buf, len, "", NULL);
}

#endif
