using System.Collections.Concurrent;
using Huiyin.Notifications.Senders;

namespace Huiyin.Notifications.Tests;

/// <summary>A sender that keeps what it sent, and fails as many times as a test asks before it succeeds again.</summary>
internal sealed class RecordingSmsSender : ISmsSender
{
    private readonly ConcurrentQueue<(Guid MessageId, string Phone, string Text)> _sent = new();
    private int _failuresLeft;

    public IReadOnlyList<(Guid MessageId, string Phone, string Text)> Sent => _sent.ToList();

    public void FailNext(int times) => _failuresLeft = times;

    public void Reset()
    {
        _sent.Clear();
        _failuresLeft = 0;
    }

    public Task<string?> SendAsync(SmsMessage message, CancellationToken cancellationToken)
    {
        if (Interlocked.Decrement(ref _failuresLeft) >= 0)
        {
            throw new InvalidOperationException("The SMS gateway is unavailable.");
        }

        _sent.Enqueue((message.Id, message.Phone, message.Text));
        return Task.FromResult<string?>(null);
    }
}
