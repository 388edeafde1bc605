package com.thrizer.insurance;

import com.thrizer.api.generated.MeInsuranceApi;
import com.thrizer.api.generated.model.InsuranceInputDto;
import com.thrizer.shared.security.CallerContext;
import com.thrizer.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The signed-in client's insurance policy and its card images. */
@RolesAllowed(Roles.CLIENT)
public class MeInsuranceResource implements MeInsuranceApi {
    private final CallerContext callers;
    private final InsuranceService insurance;
    private final InsuranceApiMapper mapper;
    private final CardImageUploads uploads;

    MeInsuranceResource(
            CallerContext callers, InsuranceService insurance, InsuranceApiMapper mapper, CardImageUploads uploads) {
        this.callers = callers;
        this.insurance = insurance;
        this.mapper = mapper;
        this.uploads = uploads;
    }

    @Override
    public Response getMyInsurance() {
        return Response.ok(mapper.toDto(insurance.own(callers.clientScope()))).build();
    }

    @Override
    public Response setMyInsurance(InsuranceInputDto body) {
        return Response.ok(mapper.toDto(insurance.setOwn(callers.clientScope(), mapper.toInput(body))))
                .build();
    }

    @Override
    public Response uploadCardImages(FileUpload front, FileUpload back) {
        return Response.ok(
                        mapper.toDto(insurance.uploadOwnCardImages(callers.clientScope(), uploads.read(front, back))))
                .build();
    }
}
