namespace Huiyin.TestKit;

/// <summary>
/// The host's clock in tests: real time that a test can move forward (or back) by an offset. Unlike a frozen
/// fake clock it keeps ticking, so timers and delays inside the host still behave.
/// </summary>
public sealed class TestClock : TimeProvider
{
    private TimeSpan _offset;

    public override DateTimeOffset GetUtcNow() => TimeProvider.System.GetUtcNow() + _offset;

    public void Advance(TimeSpan by) => _offset += by;

    /// <summary>Moves the clock to <paramref name="at"/>, from where it keeps ticking.</summary>
    public void MoveTo(DateTimeOffset at) => _offset = at - TimeProvider.System.GetUtcNow();

    public void Reset() => _offset = TimeSpan.Zero;
}
