// A stand-in for a vendor's WLT decoder with the expected C entry point: "decodes" by
// writing a 102x126 bare-pixel image whose first pixel repeats the input's first bytes,
// and fails (returns 0) on input starting with 0xFF.
#include <cstring>

extern "C" __attribute__((visibility("default"))) int unpack(char* src, char* dst, int bmpSave)
{
    (void)bmpSave;
    if (static_cast<unsigned char>(src[0]) == 0xFF)
        return 0;
    std::memset(dst, 0x7f, 308 * 126);
    std::memcpy(dst, src, 3);
    return 1;
}
