using Huiyin.TestKit;

namespace Huiyin.Callbacks.Tests;

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<HuiyinApp>
{
    public const string Name = "Callbacks API";
}
