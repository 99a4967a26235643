namespace Zadarma.Core.Recordings;

public enum RecordingAction
{
    Play,
    Download,
}
