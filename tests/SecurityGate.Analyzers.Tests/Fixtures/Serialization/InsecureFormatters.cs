using System.IO;
using System.Runtime.Serialization.Formatters.Binary;

namespace Shop.Legacy
{
    public sealed class SnapshotStore
    {
        private readonly BinaryFormatter formatter = new BinaryFormatter();

        public object Load(Stream stream) => formatter.Deserialize(stream);

        public object LoadLocal(Stream stream)
        {
            var local = new BinaryFormatter();
            return local.Deserialize(stream);
        }

        public object LoadWith(BinaryFormatter given, Stream stream) => given.Deserialize(stream);

        public object LoadSoap(Stream stream) => new System.Runtime.Serialization.Formatters.Soap.SoapFormatter().Deserialize(stream);

        public object LoadNetDataContract(System.Runtime.Serialization.NetDataContractSerializer serializer, Stream stream)
            => serializer.ReadObject(stream);

        public object LoadViewState(string text) => new System.Web.UI.LosFormatter().Deserialize(text);

        public object LoadControlState(System.Web.UI.ObjectStateFormatter state, string text) => state.Deserialize(text);
    }
}

// The real types below exist only in .NET Framework. These stand-ins have the same full names, and the
// analyzer matches by full metadata name, so it reports them as it would in a .NET Framework project.
namespace System.Runtime.Serialization.Formatters.Soap
{
    public sealed class SoapFormatter
    {
        public object Deserialize(System.IO.Stream stream) => stream;
    }
}

namespace System.Runtime.Serialization
{
    public sealed class NetDataContractSerializer
    {
        public object ReadObject(System.IO.Stream stream) => stream;
    }
}

namespace System.Web.UI
{
    public sealed class LosFormatter
    {
        public object Deserialize(string input) => input;
    }

    public sealed class ObjectStateFormatter
    {
        public object Deserialize(string input) => input;
    }
}
