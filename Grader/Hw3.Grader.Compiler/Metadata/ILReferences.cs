using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace Hw3.Grader.Compiler.Metadata;

/// <summary>
/// The member references a method body's IL uses (calls, field accesses, <c>ldftn</c>, <c>ldtoken</c> of a
/// member; generic method instantiations resolved to their method), read by walking the opcodes with the
/// operand sizes of ECMA-335 §III.
/// </summary>
internal static class ILReferences
{
    public static IEnumerable<MemberReferenceHandle> Of(MetadataReader reader, MethodBodyBlock body)
    {
        var il = body.GetILReader();
        var found = new List<MemberReferenceHandle>();
        while (il.RemainingBytes > 0)
        {
            int opcode = il.ReadByte();
            int operand;
            if (opcode == 0xFE)
            {
                opcode = il.ReadByte();
                operand = opcode switch
                {
                    0x06 or 0x07 or 0x15 or 0x16 or 0x1C => 4, // ldftn, ldvirtftn, initobj, constrained., sizeof
                    >= 0x09 and <= 0x0E => 2, // ldarg, ldarga, starg, ldloc, ldloca, stloc
                    0x12 or 0x19 => 1, // unaligned., no.
                    _ => 0,
                };
                if (opcode is 0x06 or 0x07)
                {
                    Add(reader, il.ReadInt32(), found);
                    continue;
                }
            }
            else
            {
                operand = opcode switch
                {
                    >= 0x0E and <= 0x13 or 0x1F or >= 0x2B and <= 0x37 or 0xDE => 1,
                    0x20 or 0x22 or 0x27 or 0x28 or 0x29 or >= 0x38 and <= 0x44 or >= 0x6F and <= 0x75 or 0x79 or >= 0x7B and <= 0x81
                        or 0x8C or 0x8D or 0x8F or 0xA3 or 0xA4 or 0xA5 or 0xC2 or 0xC6 or 0xD0 or 0xDD => 4,
                    0x21 or 0x23 => 8,
                    0x45 => 4 + (4 * il.ReadInt32()) - 4, // switch: the count was just read
                    _ => 0,
                };
                if (opcode is 0x27 or 0x28 or 0x6F or 0x73 or >= 0x7B and <= 0x80 or 0xD0)
                {
                    Add(reader, il.ReadInt32(), found);
                    continue;
                }
            }

            il.Offset += operand;
        }

        return found;
    }

    private static void Add(MetadataReader reader, int token, List<MemberReferenceHandle> found)
    {
        var handle = MetadataTokens.EntityHandle(token);
        switch (handle.Kind)
        {
            case HandleKind.MemberReference:
                found.Add((MemberReferenceHandle)handle);
                break;
            case HandleKind.MethodSpecification when reader.GetMethodSpecification((MethodSpecificationHandle)handle).Method is { Kind: HandleKind.MemberReference } method:
                found.Add((MemberReferenceHandle)method);
                break;
        }
    }
}
