using System.Buffers.Binary;

namespace Zadarma.Core.Sandbox;

/// <summary>What every sandbox recording sounds like: three seconds of a 440 Hz tone, 8 kHz 16-bit mono WAV, as telephony records.</summary>
public static class SandboxRecordingAudio
{
    private const int SampleRate = 8000;
    private const int Seconds = 3;
    private const double Frequency = 440;

    private static readonly Lazy<byte[]> Wav = new(Generate);

    public static byte[] Bytes => Wav.Value;

    private static byte[] Generate()
    {
        const int samples = SampleRate * Seconds;
        const int dataSize = samples * 2;
        var wav = new byte[44 + dataSize];
        var span = wav.AsSpan();
        "RIFF"u8.CopyTo(span);
        BinaryPrimitives.WriteInt32LittleEndian(span[4..], 36 + dataSize);
        "WAVEfmt "u8.CopyTo(span[8..]);
        BinaryPrimitives.WriteInt32LittleEndian(span[16..], 16);
        BinaryPrimitives.WriteInt16LittleEndian(span[20..], 1);
        BinaryPrimitives.WriteInt16LittleEndian(span[22..], 1);
        BinaryPrimitives.WriteInt32LittleEndian(span[24..], SampleRate);
        BinaryPrimitives.WriteInt32LittleEndian(span[28..], SampleRate * 2);
        BinaryPrimitives.WriteInt16LittleEndian(span[32..], 2);
        BinaryPrimitives.WriteInt16LittleEndian(span[34..], 16);
        "data"u8.CopyTo(span[36..]);
        BinaryPrimitives.WriteInt32LittleEndian(span[40..], dataSize);
        for (var i = 0; i < samples; i++)
        {
            // A short fade in and out avoids clicks at the ends.
            var fade = Math.Min(1.0, Math.Min(i, samples - i) / (SampleRate * 0.05));
            var sample = (short)(Math.Sin(2 * Math.PI * Frequency * i / SampleRate) * fade * short.MaxValue * 0.3);
            BinaryPrimitives.WriteInt16LittleEndian(span[(44 + i * 2)..], sample);
        }
        return wav;
    }
}
