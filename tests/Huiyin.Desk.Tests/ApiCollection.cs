using Huiyin.TestKit;

namespace Huiyin.Desk.Tests;

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<HuiyinApp>
{
    public const string Name = "Desk API";
}
