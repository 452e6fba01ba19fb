using Xunit;

namespace Huiyin.TestKit;

/// <summary>The base of tests against the shared host: each test starts from empty tables and real time.</summary>
public abstract class HuiyinTest(HuiyinApp app) : IAsyncLifetime
{
    protected HuiyinApp App { get; } = app;

    public Task InitializeAsync() => App.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;
}
